package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Repairs typed-in typos ("assitance", "rapatriment"): an analyzed query term that no sheet, activity
 * or competence contains is replaced by the closest indexed term (Damerau-Levenshtein, at most 2
 * edits, same first letter), so both ranking and evidence see it. Known terms are never touched.
 */
final class TermCorrector {
  /** Shorter stems are too ambiguous to correct (two edits turn "gest" into many words). */
  static final int MIN_LENGTH = 5;

  private final SearchIndexes indexes;
  private final DirectSpellChecker checker = new DirectSpellChecker();

  TermCorrector(SearchIndexes indexes) {
    this.indexes = indexes;
    checker.setMinPrefix(1);
    checker.setMaxEdits(2);
  }

  /** The span with unknown terms replaced; {@code cache} keeps one lookup per term and request. */
  AnalyzedSpan correct(AnalyzedSpan span, Map<String, String> cache) throws IOException {
    Map<String, List<TextSpan>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<TextSpan>> e : span.occurrences().entrySet()) {
      String term = cache.get(e.getKey());
      if (term == null) {
        term = correct(e.getKey());
        cache.put(e.getKey(), term);
      }
      out.computeIfAbsent(term, k -> new ArrayList<>()).addAll(e.getValue());
    }
    return new AnalyzedSpan(span.span(), out);
  }

  private String correct(String term) throws IOException {
    if (term.length() < MIN_LENGTH || known(term)) {
      return term;
    }
    SuggestWord best = null;
    for (ItemType type : ItemType.values()) {
      SuggestWord[] s = checker.suggestSimilar(new Term(IndexFields.TEXT, term), 1,
          indexes.items(type).getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (s.length > 0 && (best == null || s[0].score > best.score || (s[0].score == best.score && s[0].freq > best.freq))) {
        best = s[0];
      }
    }
    return best == null ? term : best.string;
  }

  private boolean known(String term) throws IOException {
    if (indexes.knows(ItemType.ACTIVITY, term) || indexes.knows(ItemType.COMPETENCE, term)) {
      return true;
    }
    var reader = indexes.sheets().getIndexReader();
    return reader.docFreq(new Term(IndexFields.TITLE, term)) > 0 || reader.docFreq(new Term(IndexFields.NAMES, term)) > 0
        || reader.docFreq(new Term(IndexFields.DESCRIPTION, term)) > 0;
  }

  static Map<String, String> newCache() {
    return new HashMap<>();
  }
}
