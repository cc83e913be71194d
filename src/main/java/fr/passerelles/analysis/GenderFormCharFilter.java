package fr.passerelles.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Applies {@link GenderFormNormalizer} before tokenizing, so that no stray {@code e} or {@code
 * trice} token is produced and offsets still point into the user's text: the token {@code chargé}
 * from {@code chargé(e)} spans the nine input chars, and evidence quotes cut with its offsets show
 * what the user wrote.
 *
 * <p>The whole input is read on the first {@link #read}, as {@code PatternReplaceCharFilter} does:
 * a form may straddle any buffer boundary, and job sheets and CVs are small.
 */
public final class GenderFormCharFilter extends BaseCharFilter {

  private static final GenderFormNormalizer NORMALIZER = new GenderFormNormalizer();

  private String output;
  private int position;

  public GenderFormCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      output = normalize(slurp());
    }
    if (length == 0) {
      return 0;
    }
    if (position >= output.length()) {
      return -1;
    }
    int n = Math.min(length, output.length() - position);
    output.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  private String slurp() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
      text.append(chunk, 0, n);
    }
    return text.toString();
  }

  /**
   * Builds the output and records, at the end of each replacement, how far the input has moved
   * ahead: a token ending there ends where the replaced span ended, one starting later shifts too.
   */
  private String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    int diff = 0;
    for (GenderFormNormalizer.Edit e : NORMALIZER.edits(text)) {
      out.append(text, from, e.start()).append(e.replacement());
      from = e.end();
      int removed = e.end() - e.start() - e.replacement().length();
      if (removed > 0) {
        diff += removed;
        addOffCorrectMap(out.length(), diff);
      }
    }
    return out.append(text, from, text.length()).toString();
  }
}
