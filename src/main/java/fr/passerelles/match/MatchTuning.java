package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import java.util.Map;

/**
 * The matcher's parameters, chosen on the development set (docs/quality.md shows the sweep).
 *
 * @param textWeight share of the final score given to whole-text similarity; the rest is evidence
 * @param itemContribution how much one fully covered, core item adds to the evidence (noisy-or)
 * @param evidenceCounted items counted in the evidence score
 * @param fieldBoosts weight of each sheets-index field in the whole-text query
 */
public record MatchTuning(
    double textWeight, double itemContribution, int evidenceCounted, Map<String, Float> fieldBoosts) {

  public static final MatchTuning DEFAULT = new MatchTuning(0.7, 0.3, 12, Map.of(
      IndexFields.TITLE, 2.0f,
      IndexFields.NAMES, 2.0f,
      IndexFields.DESCRIPTION, 1.0f,
      IndexFields.ACTIVITIES, 1.2f,
      IndexFields.COMPETENCES, 1.2f));

  public MatchTuning {
    fieldBoosts = Map.copyOf(fieldBoosts);
  }

  public MatchTuning withTextWeight(double w) {
    return new MatchTuning(w, itemContribution, evidenceCounted, fieldBoosts);
  }

  public MatchTuning withItemContribution(double c) {
    return new MatchTuning(textWeight, c, evidenceCounted, fieldBoosts);
  }

  public MatchTuning withFieldBoost(String field, float boost) {
    var m = new java.util.HashMap<>(fieldBoosts);
    m.put(field, boost);
    return new MatchTuning(textWeight, itemContribution, evidenceCounted, m);
  }
}
