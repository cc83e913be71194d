package fr.passerelles.analysis;

/**
 * Maps the typographic apostrophes found in PDFs and word-processor text to the ASCII apostrophe
 * {@code '}, one char for one char, so that elision ({@code d’urgence}, {@code lʼaccueil}) sees a
 * single form and offsets never move.
 *
 * <p>Pure: no Lucene types. {@link ApostropheCharFilter} wraps it.
 */
public final class ApostropheNormalizer {

  /**
   * The chars read as an apostrophe: ’ (U+2019, Word's default), ‘ (U+2018), ʼ (U+02BC, PDF
   * extraction; a letter for Unicode, so it would glue {@code dʼurgence} into one word), ´ (U+00B4)
   * and ` (U+0060), both typed for lack of an apostrophe key.
   */
  public static final String APOSTROPHES = "\u2019\u2018\u02BC\u00B4\u0060";

  private ApostropheNormalizer() {}

  /** Returns {@code true} if {@code c} is one of {@link #APOSTROPHES}. */
  public static boolean isTypographicApostrophe(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u0060' -> true;
      default -> false;
    };
  }

  /** Returns {@code '} for a typographic apostrophe, {@code c} otherwise. */
  public static char normalize(char c) {
    return isTypographicApostrophe(c) ? '\'' : c;
  }

  /** Normalizes {@code length} chars of {@code buffer} from {@code offset}, in place. */
  public static void normalize(char[] buffer, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      buffer[i] = normalize(buffer[i]);
    }
  }

  /** Returns {@code text} with every typographic apostrophe replaced; same length as the input. */
  public static String normalize(CharSequence text) {
    char[] chars = text.toString().toCharArray();
    normalize(chars, 0, chars.length);
    return new String(chars);
  }
}
