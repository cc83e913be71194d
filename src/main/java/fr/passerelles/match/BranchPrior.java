package fr.passerelles.match;

import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import java.util.HashMap;
import java.util.Map;

/**
 * How likely a branch métier is before the text is read: its share of the branch's people (the
 * 2009 cartographie's headcount table), applied to a branch sheet's fused score by Bayes' rule. The
 * fusion scores the 39 métiers as if equally common, yet half the branch's people are chargés
 * d'assistance: where a text fits several plateau métiers alike, the common one is the likelier
 * answer (docs/quality.md, "A branch métier's headcount as its prior").
 *
 * @param weight λ: the log-odds a métier gains are λ · ln(n · share); 0 turns the prior off
 * @param logRatio each métier code → ln(n · share), 0 for a métier of average size
 */
public record BranchPrior(double weight, Map<String, Double> logRatio) {
  public static final BranchPrior NONE = new BranchPrior(0, Map.of());

  public BranchPrior {
    if (weight < 0 || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("prior weight must be finite and not negative: " + weight);
    }
    logRatio = Map.copyOf(logRatio);
  }

  /** The métiers' headcount shares at weight {@code weight}; a métier without a headcount is neutral. */
  public static BranchPrior of(Nomenclature2009 nomenclature, double weight) {
    Map<String, Double> shares = shares(nomenclature);
    Map<String, Double> ratio = new HashMap<>();
    shares.forEach((code, share) -> ratio.put(code, Math.log(shares.size() * share)));
    return new BranchPrior(weight, ratio);
  }

  /** Each métier with a headcount → its share of the people the fiches hold (summing to 1). */
  static Map<String, Double> shares(Nomenclature2009 nomenclature) {
    Map<String, Integer> headcounts = new HashMap<>();
    for (Nomenclature2009.Metier m : nomenclature.metiers()) {
      if (m.headcount() > 0) {
        headcounts.put(m.code(), m.headcount());
      }
    }
    double total = headcounts.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Double> shares = new HashMap<>();
    headcounts.forEach((code, n) -> shares.put(code, n / total));
    return Map.copyOf(shares);
  }

  /** The same shares at another weight (evaluation sweeps). */
  public BranchPrior withWeight(double other) {
    return new BranchPrior(other, logRatio);
  }

  /** A branch sheet's fused score with its métier's prior; any other score unchanged. */
  double apply(SheetRecord sheet, double score) {
    if (weight == 0 || sheet.type() != SheetType.BRANCH) {
      return score;
    }
    double shift = weight * logRatio.getOrDefault(sheet.metier(), 0.0);
    if (shift == 0 || score <= 0 || score >= 1) {
      return score;
    }
    double z = Math.log(score / (1 - score)) + shift;
    return 1 / (1 + Math.exp(-z));
  }
}
