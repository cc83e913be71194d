package fr.passerelles.nlp;

/**
 * A CV line, bullet item or sentence of the user's text, without its bullet and outer spaces.
 *
 * @param start offset of the first char in the original text
 * @param end offset after the last char
 * @param text exactly {@code original.substring(start, end)}; may span a line break when a sentence
 *     was wrapped
 */
public record Segment(int start, int end, String text) {

  public Segment {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad segment [" + start + ", " + end + ")");
    }
  }
}
