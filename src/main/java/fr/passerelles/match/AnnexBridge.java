package fr.passerelles.match;

import fr.passerelles.index.SheetRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The branch referential's own word on which ROME sheets a métier is (the seeds' annex
 * "Rapprochements fiches métiers et fiches ROME", else the reviewers' link: {@link
 * SheetRecord#romeCodes()}), as a signal in the ROME ranking: when a text's branch ranking is
 * confident, the ROME sheets its first métier maps to gain a share of what they miss, in proportion
 * to that métier's score (docs/quality.md, "The annex's bridge"). A text whose branch ranking is not
 * confident (a job outside the branch) is ranked as without it.
 *
 * @param weight β: the share of the branch score passed on; 0 turns the bridge off
 */
record AnnexBridge(double weight) {
  static final AnnexBridge OFF = new AnnexBridge(0);

  AnnexBridge {
    if (weight < 0 || weight > 1) {
      throw new IllegalArgumentException("bridge weight must be in [0, 1]: " + weight);
    }
  }

  boolean on() {
    return weight > 0;
  }

  /**
   * @param branch the text's first branch sheet, or null
   * @param branchScore its fused score
   * @param confident whether the branch answer names it a match
   * @return each bridged ROME code → the bonus share β × branch score (empty when not confident)
   */
  Map<String, Double> shares(SheetRecord branch, double branchScore, boolean confident) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (on() && branch != null && confident) {
      branch.romeCodes().forEach(code -> out.put(code, weight * branchScore));
    }
    return out;
  }

  /** A bounded boost: the score gains {@code share} of what it misses, so it stays in [0, 1]. */
  static double boosted(double score, double share) {
    return score + share * (1 - score);
  }
}
