package fr.passerelles.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word of a query that no item has is replaced by the closest word the items
 * do have (Levenshtein, at most two edits, Lucene's {@link DirectSpellChecker} over the surface
 * words, accents folded). Words of three letters or fewer are left as typed.
 */
final class SpellingSuggester {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private final IndexReader reader;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingSuggester(IndexReader reader) {
    this.reader = reader;
    checker.setMinQueryLength(4);
  }

  /** The query with its unknown words corrected, or null when none could be. */
  String correct(String query) {
    StringBuilder out = new StringBuilder();
    Matcher m = WORD.matcher(query);
    int last = 0;
    boolean changed = false;
    try {
      while (m.find()) {
        out.append(query, last, m.start());
        String word = m.group();
        String folded = fold(word);
        String replacement = word;
        if (folded.length() >= 4 && reader.docFreq(new Term(SkillIndex.WORDS, folded)) == 0) {
          SuggestWord[] s = checker.suggestSimilar(new Term(SkillIndex.WORDS, folded), 1, reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (s.length > 0) {
            replacement = s[0].string;
            changed = true;
          }
        }
        out.append(replacement);
        last = m.end();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.append(query.substring(last));
    return changed ? out.toString() : null;
  }

  private static String fold(String word) {
    return java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }
}
