package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetType;
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
  static final int CANDIDATES = 50;
  /** A term met only in zones weighing less than this (boilerplate, contact lines) is left out. */
  static final double MIN_WEIGHT = 0.2;

  private final SearchIndexes indexes;
  private final Map<String, Float> fieldBoosts;
  private final float tieBreaker;
  /** Whether a branch-only request queries the branch sheets' words only ({@link fr.passerelles.match.MatchTuning#branchVocabulary}). */
  private final boolean branchVocabulary;
  /**
   * Long CVs are cut to their most informative terms ({@link MatchTuning#maxTerms}): on the dev set
   * 32 terms did as well as 48 (branch MRR 0.768 vs 0.765), 24 worse (0.758).
   */
  private final int maxTerms;

  SheetRanker(SearchIndexes indexes, Map<String, Float> fieldBoosts, double tieBreaker, boolean branchVocabulary,
      int maxTerms) {
    this.indexes = indexes;
    this.maxTerms = maxTerms;
    this.branchVocabulary = branchVocabulary;
    this.tieBreaker = (float) tieBreaker;
    this.fieldBoosts = new java.util.TreeMap<>(fieldBoosts); // fixed clause order: stable scores
  }

  /**
   * The best {@link #CANDIDATES} sheets by BM25.
   *
   * @param scores sheet doc id → BM25 score
   * @param ceiling the score a sheet would get if every query term scored its best (BM25 without
   *     the (k1 + 1) factor tends to idf × boost): scores over it are comparable across queries
   */
  record Ranking(Map<Integer, Float> scores, double ceiling, Map<Integer, Float> whole, Map<Integer, Float> body) {
    static final Ranking EMPTY = new Ranking(Map.of(), 1, Map.of(), Map.of());
  }

  /**
   * @param counts each term's weighted frequency in the input: an occurrence counts by the weight
   *     of its segment (a line of boilerplate or an old student job counts less than a task)
   */
  Ranking rank(Map<String, Double> counts, MatchOptions options) throws IOException {
    return rank(counts, options, true);
  }

  /**
   * @param withWholeAndBody whether the whole-sheet and body rankings are searched too (a caller
   *     that reads only the per-field ranking spares two searches)
   */
  Ranking rank(Map<String, Double> counts, MatchOptions options, boolean withWholeAndBody) throws IOException {
    List<Map.Entry<String, Double>> all = topTerms(counts, null);
    List<Map.Entry<String, Double>> terms = branchVocabulary && options.type() == SheetType.BRANCH
        ? topTerms(counts, SheetType.BRANCH) : all;
    if (terms.isEmpty()) {
      return Ranking.EMPTY;
    }
    float maxBoost = fieldBoosts.values().stream().max(Float::compare).orElse(1f);
    // the ceiling counts the text's most informative terms whatever the sheets searched: a text with
    // three branch words among thirty (a mason's) must not fill a branch sheet's ceiling with them
    double ceiling = 0;
    for (Map.Entry<String, Double> t : all) {
      ceiling += queryWeight(counts.get(t.getKey())) * maxBoost * indexes.sheetIdf(t.getKey());
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanQuery.Builder body = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> t : terms) {
      List<Query> perField = new ArrayList<>(fieldBoosts.size());
      List<Query> bodyFields = new ArrayList<>(fieldBoosts.size());
      fieldBoosts.forEach((field, boost) -> {
        Term term = new Term(field, t.getKey());
        Query q = new BoostQuery(new TermQuery(term, indexes.sheetTermStates(term)), boost);
        perField.add(q);
        if (!NAME_FIELDS.contains(field)) {
          bodyFields.add(q);
        }
      });
      float queryWeight = (float) queryWeight(counts.get(t.getKey()));
      query.add(new BoostQuery(new DisjunctionMaxQuery(perField, tieBreaker), queryWeight),
          BooleanClause.Occur.SHOULD);
      body.add(new BoostQuery(new DisjunctionMaxQuery(bodyFields, tieBreaker), queryWeight), BooleanClause.Occur.SHOULD);
    }
    SearchFilters.addTo(query, options, IndexFields.TYPE);
    SearchFilters.addTo(body, options, IndexFields.TYPE);
    if (!withWholeAndBody) {
      return new Ranking(search(query.build()), Math.max(ceiling, 1e-9), Map.of(), Map.of());
    }
    return new Ranking(search(query.build()), Math.max(ceiling, 1e-9), search(wholeSheetQuery(terms, counts, options)),
        search(body.build()));
  }

  /** The fields that name a sheet: a text that names no job should not be ranked by them alone. */
  private static final java.util.Set<String> NAME_FIELDS = java.util.Set.of(IndexFields.TITLE, IndexFields.NAMES);

  /**
   * The same terms over the one field that holds the whole sheet: BM25 then normalises by the
   * sheet's whole length and saturates a term once for all its fields, as a stock single-field
   * index does. The fusion weighs the two rankings (docs/matching.md).
   */
  private Query wholeSheetQuery(List<Map.Entry<String, Double>> terms, Map<String, Double> counts, MatchOptions options) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> t : terms) {
      Term term = new Term(IndexFields.ALL, t.getKey());
      query.add(new BoostQuery(new TermQuery(term, indexes.sheetTermStates(term)), (float) queryWeight(counts.get(t.getKey()))),
          BooleanClause.Occur.SHOULD);
    }
    SearchFilters.addTo(query, options, IndexFields.TYPE);
    return query.build();
  }

  private Map<Integer, Float> search(Query query) throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    for (ScoreDoc sd : indexes.sheets().search(query, CANDIDATES).scoreDocs) {
      scores.put(sd.doc, sd.score);
    }
    return scores;
  }

  /** 1 + ln tf for a term met at least once in full weight; less for one met only in weak segments. */
  static double queryWeight(double weightedCount) {
    return weightedCount >= 1 ? 1 + Math.log(weightedCount) : weightedCount;
  }

  /**
   * Terms by tf·idf over the sheets' body fields, best first, at most {@link #maxTerms}; with a
   * {@code type}, only terms some sheet of that kind has.
   */
  private List<Map.Entry<String, Double>> topTerms(Map<String, Double> counts, SheetType type) {
    List<Map.Entry<String, Double>> scored = new ArrayList<>();
    for (Map.Entry<String, Double> c : counts.entrySet()) {
      double idf = indexes.sheetIdf(c.getKey());
      if (idf < 0 || c.getValue() < MIN_WEIGHT || (type != null && !indexes.sheetsHave(type, c.getKey()))) {
        continue; // a term no (searched) sheet has cannot help ranking; one met only in boilerplate must not
      }
      scored.add(Map.entry(c.getKey(), queryWeight(c.getValue()) * idf));
    }
    scored.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    return scored.size() > maxTerms ? scored.subList(0, maxTerms) : scored;
  }
}
