package fr.passerelles.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits French text into tokens the way the UD French-GSD treebank does, which is what the {@code
 * opennlp-models-pos-fr} tagger was trained on. OpenNLP ships no French tokenizer model, and its
 * rule-based tokenizers do not fit: {@code SimpleTokenizer} cuts {@code j'ai} into {@code j / ' /
 * ai} (tagged X X by the French model) and {@code WhitespaceTokenizer} leaves punctuation glued to
 * words ({@code clients.}).
 *
 * <p>Rules: an elided clitic keeps its apostrophe and is a token of its own ({@code d'}, {@code
 * l'}, {@code qu'}, {@code jusqu'}); other apostrophes and inner hyphens stay inside the word
 * ({@code aujourd'hui}, {@code rendez-vous}); a decimal separator between digits stays inside the
 * number; every other non-space char is a one-char token. A gender marker glued to a word stays in
 * that word's span but not in its form ({@code technicien(ne)} → {@code technicien}).
 *
 * <p>Stateless, so one instance serves all threads.
 */
final class FrenchTokenizer {

  /** Clitics written with an apostrophe, before a vowel (UD GSD splits them). */
  private static final Set<String> ELIDED =
      Set.of(
          "l", "d", "j", "m", "t", "s", "c", "n", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
          "presqu");

  private static final Pattern GENDER_MARKER = Pattern.compile("(?<=\\p{L})\\(\\p{L}+\\)");

  /** Longest gender marker kept inside a word: "(trice)", "(euse)", "(hôtesse)". */
  private static final int MAX_MARKER_LETTERS = 8;

  /** Tokens of {@code text[from, to)}; offsets are into {@code text}. */
  List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      int c = text.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i += Character.charCount(c);
      } else if (isWordChar(c)) {
        i = readWord(text, i, to, tokens);
      } else {
        int end = i + Character.charCount(c);
        tokens.add(new Token(i, end, formOf(text, i, end)));
        i = end;
      }
    }
    return tokens;
  }

  /**
   * Reads one word starting at {@code start}, adds it (split after an elided clitic), returns the
   * end.
   */
  private static int readWord(String text, int start, int to, List<Token> out) {
    int i = start;
    while (i < to) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      // Apostrophes first: U+02BC is a letter to Character but an apostrophe to French writers.
      if (isApostrophe(c)) {
        if (next >= to || !isWordChar(text.codePointAt(next))) {
          break;
        }
        if (ELIDED.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
          out.add(new Token(start, next, formOf(text, start, next)));
          return readWord(text, next, to, out);
        }
        i = next;
      } else if (isWordChar(c)) {
        i = next;
      } else if (isInnerHyphen(c)
          && next < to
          && Character.isLetterOrDigit(text.codePointAt(next))) {
        i = next;
      } else if ((c == '.' || c == ',')
          && Character.isDigit(text.codePointBefore(i))
          && next < to
          && Character.isDigit(text.codePointAt(next))) {
        i = next;
      } else if (c == '(' && Character.isLetter(text.codePointBefore(i))) {
        int close = genderMarkerEnd(text, next, to);
        if (close < 0) {
          break;
        }
        i = close;
      } else {
        break;
      }
    }
    out.add(new Token(start, i, formOf(text, start, i)));
    return i;
  }

  /** End offset (after ")") of a gender marker whose letters start at {@code i}, or -1. */
  private static int genderMarkerEnd(String text, int i, int to) {
    int letters = 0;
    while (i < to && Character.isLetter(text.codePointAt(i)) && letters <= MAX_MARKER_LETTERS) {
      i += Character.charCount(text.codePointAt(i));
      letters++;
    }
    boolean closed = i < to && text.charAt(i) == ')';
    return closed && letters > 0 && letters <= MAX_MARKER_LETTERS ? i + 1 : -1;
  }

  private static String formOf(String text, int start, int end) {
    String form = text.substring(start, end);
    if (form.indexOf('(') >= 0) {
      form = GENDER_MARKER.matcher(form).replaceAll("");
    }
    form = form.replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\'');
    return Normalizer.isNormalized(form, Normalizer.Form.NFC)
        ? form
        : Normalizer.normalize(form, Normalizer.Form.NFC);
  }

  /** U+FFFD counts as a letter: PDF copies put it for lost ligatures ("di�érentes"). */
  private static boolean isWordChar(int c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == 0xFFFD;
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
  }

  private static boolean isInnerHyphen(int c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
