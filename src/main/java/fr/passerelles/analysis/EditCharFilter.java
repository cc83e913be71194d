package fr.passerelles.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that applies shortening edits to the whole input, offsets kept on the user's text:
 * a token ending where a replaced span ended ends there, one starting later shifts too.
 *
 * <p>The whole input is read on the first {@link #read}, as {@code PatternReplaceCharFilter} does:
 * an edit may straddle any buffer boundary, and job sheets and CVs are small.
 */
abstract class EditCharFilter extends BaseCharFilter {

  private String output;
  private int position;

  EditCharFilter(Reader input) {
    super(input);
  }

  /** The edits of {@code text}, in order, none overlapping, none lengthening. */
  abstract List<GenderFormNormalizer.Edit> edits(String text);

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (output == null) {
      output = apply(slurp());
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

  /** Builds the output and records, at the end of each replacement, how far the input has moved ahead. */
  private String apply(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    int diff = 0;
    for (GenderFormNormalizer.Edit e : edits(text)) {
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
