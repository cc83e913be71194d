package fr.passerelles.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The zone rules' view of a line: lower case, no accents, typographic apostrophes made plain,
 * spaces collapsed and stripped. Reference definition in {@link #slowFold}; {@link #fold} gives the
 * same string from a table of each char's fold (Latin-1, Latin Extended and the punctuation
 * blocks), because the normalizer and two regex passes cost about as much as all the zone rules
 * together. Text with a char outside the table takes the reference path.
 */
final class TextFold {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Chars below this have their fold in {@link #LOW}. */
  private static final int LOW_LIMIT = 0x250;
  /** General punctuation and currency symbols (dashes, bullets, quotes, €), folded by table too. */
  private static final int PUNCT_FROM = 0x2000;
  private static final int PUNCT_TO = 0x20D0;

  private static final String[] LOW = table(0, LOW_LIMIT);
  private static final String[] PUNCT = table(PUNCT_FROM, PUNCT_TO);

  private TextFold() {}

  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String f;
      if (c < LOW_LIMIT) {
        f = LOW[c];
      } else if (c >= PUNCT_FROM && c < PUNCT_TO) {
        f = PUNCT[c - PUNCT_FROM];
      } else {
        return slowFold(text); // Greek, Cyrillic, surrogates…: lower-casing may depend on context
      }
      for (int k = 0; k < f.length(); k++) {
        char d = f.charAt(k);
        if (isRegexSpace(d)) {
          space = true;
        } else {
          if (space) {
            out.append(' ');
            space = false;
          }
          out.append(d);
        }
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString().strip();
  }

  /** The reference: what {@link #fold} must return for every text. */
  static String slowFold(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(s.replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ').toLowerCase(Locale.ROOT))
        .replaceAll(" ").strip();
  }

  /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /**
   * Each char's fold before spaces are collapsed: its decomposition without marks, apostrophes and
   * the no-break space replaced, lower-cased, as {@link #slowFold} does to a whole text.
   */
  private static String[] table(int from, int to) {
    String[] t = new String[to - from];
    for (int c = from; c < to; c++) {
      String s = MARKS.matcher(Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD)).replaceAll("");
      t[c - from] = s.replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    }
    return t;
  }
}
