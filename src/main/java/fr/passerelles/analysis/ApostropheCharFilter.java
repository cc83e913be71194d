package fr.passerelles.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Streams the text through {@link ApostropheNormalizer}. The mapping is one char for one char, so
 * offsets need no correction and nothing is buffered.
 */
public final class ApostropheCharFilter extends CharFilter {

  public ApostropheCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = input.read(buffer, offset, length);
    if (read > 0) {
      ApostropheNormalizer.normalize(buffer, offset, read);
    }
    return read;
  }

  @Override
  protected int correct(int currentOffset) {
    return currentOffset;
  }
}
