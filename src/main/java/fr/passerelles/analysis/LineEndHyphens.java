package fr.passerelles.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;

/**
 * Joins a word a typesetter cut at a line end, as a CV or a job sheet copied from a PDF shows it
 * ({@code assis-⏎tance}): when the two halves make a word of the French lexicon ({@link
 * FrenchLexicon}), the hyphen and the line break go ({@code assistance}); otherwise the word was a
 * compound cut at its own hyphen ({@code après-⏎vente}) and only the line break goes. The second
 * half must start in lower case: a line starting with a capital after a hyphen is a new item, not
 * the rest of a word. Pure apart from the lexicon; {@link #filter} wraps it as a char filter.
 */
public final class LineEndHyphens {

  private LineEndHyphens() {}

  /**
   * The edits that join the cut words of {@code text}, in order: at each hyphen, a word of two
   * letters or more before it, then spaces, a line break, spaces, and a lower-case letter (a scan
   * from each hyphen, not a pattern tried at every letter: a CV is analyzed many times a request).
   */
  public static List<GenderFormNormalizer.Edit> edits(String text) {
    List<GenderFormNormalizer.Edit> out = new ArrayList<>();
    DictionaryLookup lookup = null;
    for (int hyphen = text.indexOf('-'); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
      int start = hyphen;
      while (start > 0 && isWordChar(text.charAt(start - 1))) {
        start--;
      }
      if (hyphen - start < 2) {
        continue;
      }
      int i = skipSpaces(text, hyphen + 1);
      if (i < text.length() && text.charAt(i) == '\r') {
        i++;
      }
      if (i >= text.length() || text.charAt(i) != '\n') {
        continue;
      }
      int rest = skipSpaces(text, i + 1);
      if (rest >= text.length() || !Character.isLowerCase(text.charAt(rest))) {
        continue;
      }
      int end = rest;
      while (end < text.length() && isWordChar(text.charAt(end))) {
        end++;
      }
      if (lookup == null) {
        lookup = new DictionaryLookup(FrenchLexicon.dictionary());
      }
      String joined = (text.substring(start, hyphen) + text.substring(rest, end)).toLowerCase(Locale.ROOT);
      boolean word = !lookup.lookup(joined).isEmpty();
      // a word: the hyphen and the break go; a compound: the break goes, the hyphen stays
      out.add(new GenderFormNormalizer.Edit(word ? hyphen : hyphen + 1, rest, ""));
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The text with its cut words joined (tests and tools; the chain uses {@link #filter}). */
  public static String join(String text) {
    return GenderFormNormalizer.apply(text, edits(text));
  }

  /** The reader with its cut words joined, offsets kept on the user's text. */
  public static Reader filter(Reader reader) {
    return new EditCharFilter(reader) {
      @Override
      List<GenderFormNormalizer.Edit> edits(String text) {
        return LineEndHyphens.edits(text);
      }
    };
  }
}
