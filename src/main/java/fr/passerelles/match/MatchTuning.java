package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import java.util.Map;

/**
 * The matcher's parameters, chosen on the development set (docs/quality.md shows the sweep).
 *
 * @param tieBreaker how much the other fields add to a term's best field in the whole-text query
 *     (0: the best field only; 1: every field adds up, as one field holding the whole sheet would)
 * @param itemContribution how much one fully covered, core item adds to the evidence (noisy-or)
 * @param evidenceCounted items counted in the evidence score
 * @param fieldBoosts weight of each sheets-index field in the whole-text query
 * @param branchVocabulary whether a request for branch métiers only builds its whole-text query
 *     from the words some branch sheet has: a word no branch sheet has (most of a text's rare
 *     words: the branch is 49 sheets beside 1,584 ROME ones) cannot rank a branch métier, yet it
 *     took one of the query's {@code maxTerms} places (docs/quality.md, "The branch sheets' own
 *     words"); the score's ceiling still counts the text's informative terms. A mixed request ranks its branch sheets
 *     the same way. ROME sheets have nearly every word, so they are ranked as before.
 * @param maxTerms how many of the text's terms, by tf·idf, the whole-text query keeps (32: long
 *     CVs are cut to their most informative terms; 128 was tried on long pages in session 27 and not
 *     adopted, docs/quality.md, "The whole-text query's length")
 */
public record MatchTuning(double tieBreaker, double itemContribution, int evidenceCounted,
    Map<String, Float> fieldBoosts, boolean branchVocabulary, int maxTerms) {

  public static final MatchTuning DEFAULT = new MatchTuning(0.1, 0.3, 12, Map.of(
      IndexFields.TITLE, 2.0f,
      IndexFields.NAMES, 2.0f,
      IndexFields.DESCRIPTION, 1.0f,
      IndexFields.ACTIVITIES, 1.2f,
      IndexFields.COMPETENCES, 1.2f), true, 32);

  public MatchTuning {
    fieldBoosts = Map.copyOf(fieldBoosts);
    if (maxTerms < 1) {
      throw new IllegalArgumentException("the whole-text query needs at least one term: " + maxTerms);
    }
  }

  public MatchTuning withTieBreaker(double t) {
    return new MatchTuning(t, itemContribution, evidenceCounted, fieldBoosts, branchVocabulary, maxTerms);
  }

  public MatchTuning withItemContribution(double c) {
    return new MatchTuning(tieBreaker, c, evidenceCounted, fieldBoosts, branchVocabulary, maxTerms);
  }

  public MatchTuning withFieldBoost(String field, float boost) {
    var m = new java.util.HashMap<>(fieldBoosts);
    m.put(field, boost);
    return new MatchTuning(tieBreaker, itemContribution, evidenceCounted, m, branchVocabulary, maxTerms);
  }

  public MatchTuning withBranchVocabulary(boolean on) {
    return new MatchTuning(tieBreaker, itemContribution, evidenceCounted, fieldBoosts, on, maxTerms);
  }

  public MatchTuning withMaxTerms(int n) {
    return new MatchTuning(tieBreaker, itemContribution, evidenceCounted, fieldBoosts, branchVocabulary, n);
  }
}
