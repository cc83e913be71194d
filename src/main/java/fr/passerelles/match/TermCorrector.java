package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.io.IOException;
import java.util.ArrayList;
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
 * edits, same first letter), so both ranking and evidence see it. Known terms are never touched,
 * nor acronyms and words with digits ("BTS", "SAP", "B2B"), which are rarely typos and would cost
 * a fuzzy lookup each. One edit is tried first (most typos), two only for longer words. Corrections are cached across requests (a
 * bounded map of analyzed terms, never of texts).
 */
final class TermCorrector {
  /** Shorter stems are too ambiguous to correct (two edits turn "gest" into many words). */
  static final int MIN_LENGTH = 5;

  /** Cache bound: cleared when full, which costs a few lookups, never correctness. */
  static final int CACHE_SIZE = 50_000;

  private final SearchIndexes indexes;
  /** Two edits only from this length: on short stems they reach too many unrelated words. */
  static final int TWO_EDITS_LENGTH = 8;

  private final DirectSpellChecker oneEdit = checker(1);
  private final DirectSpellChecker twoEdits = checker(2);
  private final java.util.concurrent.ConcurrentHashMap<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();

  TermCorrector(SearchIndexes indexes) {
    this.indexes = indexes;
  }

  private static DirectSpellChecker checker(int edits) {
    DirectSpellChecker c = new DirectSpellChecker();
    c.setMinPrefix(1);
    c.setMaxEdits(edits);
    return c;
  }

  /** The span with unknown, lower-case terms replaced by their closest indexed term. */
  AnalyzedSpan correct(AnalyzedSpan span) throws IOException {
    Map<String, List<TextSpan>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<TextSpan>> e : span.occurrences().entrySet()) {
      String term = e.getKey();
      if (e.getValue().stream().allMatch(o -> plainWord(o.text()) && !properNoun(span.span(), o))) {
        String cached = cache.get(term);
        if (cached == null) {
          cached = correct(term);
          if (cache.size() >= CACHE_SIZE) {
            cache.clear();
          }
          cache.put(term, cached);
        }
        term = cached;
      }
      out.computeIfAbsent(term, k -> new ArrayList<>()).addAll(e.getValue());
    }
    return new AnalyzedSpan(span.span(), out);
  }

  /**
   * A capitalised word inside a line, after a word or a comma ("Transports Morel", "chez Durand,
   * Lyon"): a name, not a typo (corrected, "Morel" became "modèle" and the headline a model's). A
   * capital at the start of the text, of a line or after other punctuation (". ", ": ", "– ")
   * starts a sentence or a line part, and its word may be a typo like any other.
   */
  static boolean properNoun(TextSpan text, TextSpan word) {
    if (word.text().isEmpty() || !Character.isUpperCase(word.text().charAt(0))) {
      return false;
    }
    for (int i = word.start() - text.start() - 1; i >= 0; i--) {
      char c = text.text().charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        return Character.isLetter(c) || c == ',';
      }
    }
    return false;
  }

  /** A word as typed in running text: no digit, no capital but the first letter (acronyms). */
  private static boolean plainWord(String surface) {
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
        return false;
      }
    }
    return true;
  }

  private String correct(String term) throws IOException {
    if (term.length() < MIN_LENGTH || known(term)) {
      return term;
    }
    SuggestWord best = suggest(term, 1);
    if (best == null && term.length() >= TWO_EDITS_LENGTH) {
      best = suggest(term, 2);
    }
    return best == null ? term : best.string;
  }

  private SuggestWord suggest(String term, int edits) throws IOException {
    DirectSpellChecker checker = edits == 1 ? oneEdit : twoEdits;
    SuggestWord best = null;
    for (ItemType type : ItemType.values()) {
      SuggestWord[] s = checker.suggestSimilar(new Term(IndexFields.TEXT, term), 1,
          indexes.items(type).getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (s.length > 0 && (best == null || s[0].score > best.score || (s[0].score == best.score && s[0].freq > best.freq))) {
        best = s[0];
      }
    }
    return best;
  }

  private boolean known(String term) throws IOException {
    if (indexes.knows(ItemType.ACTIVITY, term) || indexes.knows(ItemType.COMPETENCE, term)) {
      return true;
    }
    var reader = indexes.sheets().getIndexReader();
    return reader.docFreq(new Term(IndexFields.TITLE, term)) > 0 || reader.docFreq(new Term(IndexFields.NAMES, term)) > 0
        || reader.docFreq(new Term(IndexFields.DESCRIPTION, term)) > 0;
  }
}
