package fr.passerelles.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** A word, a hyphen at the line end, spaces, the rest in lower case. */
  private static final Pattern CUT =
      Pattern.compile("(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{2,})-(\\h*\\r?\\n\\h*)(\\p{Ll}[\\p{L}\\p{M}]*)");

  private LineEndHyphens() {}

  /** The edits that join the cut words of {@code text}, in order. */
  public static List<GenderFormNormalizer.Edit> edits(String text) {
    List<GenderFormNormalizer.Edit> out = new ArrayList<>();
    if (text.indexOf('\n') < 0 || text.indexOf('-') < 0) {
      return out;
    }
    Matcher m = CUT.matcher(text);
    DictionaryLookup lookup = null;
    while (m.find()) {
      if (lookup == null) {
        lookup = new DictionaryLookup(FrenchLexicon.dictionary());
      }
      String joined = (m.group(1) + m.group(3)).toLowerCase(Locale.ROOT);
      int hyphen = m.end(1);
      boolean word = !lookup.lookup(joined).isEmpty();
      // a word: the hyphen and the break go; a compound: the break goes, the hyphen stays
      out.add(new GenderFormNormalizer.Edit(word ? hyphen : hyphen + 1, m.end(2), ""));
    }
    return out;
  }

  /** The text with its cut words joined (tests and tools; the chain uses {@link #filter}). */
  public static String join(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (GenderFormNormalizer.Edit e : edits(text)) {
      out.append(text, from, e.start()).append(e.replacement());
      from = e.end();
    }
    return out.append(text, from, text.length()).toString();
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
