package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SearchIndexes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Whole-text similarity: the input's most informative terms as one BM25 query over the sheets
 * index, each term matched in its best field (title and names count more than body text).
 */
final class SheetRanker {
  /**
   * Long CVs are cut to their most informative terms: quality saturates, latency does not. On the
   * dev set 32 terms did as well as 48 (branch MRR 0.768 vs 0.765), 24 worse (0.758).
   */
  static final int MAX_TERMS = 32;
  static final int CANDIDATES = 50;
  private static final float TIE_BREAKER = 0.1f;

  private final SearchIndexes indexes;
  private final Map<String, Float> fieldBoosts;

  SheetRanker(SearchIndexes indexes, Map<String, Float> fieldBoosts) {
    this.indexes = indexes;
    this.fieldBoosts = new java.util.TreeMap<>(fieldBoosts); // fixed clause order: stable scores
  }

  /** Sheet doc id → BM25 score, for the best {@link #CANDIDATES} sheets. */
  Map<Integer, Float> rank(AnalyzedSpan whole, MatchOptions options) throws IOException {
    List<Map.Entry<String, Double>> terms = topTerms(whole);
    if (terms.isEmpty()) {
      return Map.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> t : terms) {
      List<Query> perField = new ArrayList<>(fieldBoosts.size());
      fieldBoosts.forEach((field, boost) -> {
        Term term = new Term(field, t.getKey());
        perField.add(new BoostQuery(new TermQuery(term, indexes.sheetTermStates(term)), boost));
      });
      float queryWeight = (float) (1 + Math.log(whole.termFrequency(t.getKey())));
      query.add(new BoostQuery(new DisjunctionMaxQuery(perField, TIE_BREAKER), queryWeight),
          BooleanClause.Occur.SHOULD);
    }
    SearchFilters.addTo(query, options, IndexFields.TYPE);
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc sd : indexes.sheets().search(query.build(), CANDIDATES).scoreDocs) {
      scores.put(sd.doc, sd.score);
    }
    return scores;
  }

  /** Terms by tf·idf over the sheets' body fields, best first, at most {@link #MAX_TERMS}. */
  private List<Map.Entry<String, Double>> topTerms(AnalyzedSpan whole) {
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (String term : whole.occurrences().keySet()) {
      double idf = indexes.sheetIdf(term);
      if (idf < 0) {
        continue; // a term no sheet has cannot help ranking
      }
      scored.add(Map.entry(term, (1 + Math.log(whole.termFrequency(term))) * idf));
    }
    scored.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    return scored.size() > MAX_TERMS ? scored.subList(0, MAX_TERMS) : scored;
  }
}
