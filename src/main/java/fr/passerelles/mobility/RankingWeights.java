package fr.passerelles.mobility;

/**
 * Weights of the learned ranking of a ROME origin's computed candidates: a linear score of {@link
 * RankingSignals#values()}, fitted by pairwise logistic regression on the train half of ROME's
 * origins only (each link against non-linked candidates of the same origin;
 * {@code bin/passerelles eval-mobility --fit-ranking}, docs/mobility.md § 5). Only the order counts:
 * the score has no unit and no threshold.
 */
public record RankingWeights(double overlap, double latent, double sameFamily, double levelRise,
    double levelDistance, double levelUnknown, double coreCovered, double titleNear) {

  /**
   * Fitted on the 805 train origins ({@code eval-mobility --fit-ranking}, docs/mobility.md § 5): the
   * latent nearness and the title words weigh most per unit, a distant classification level counts
   * against a target. Refitted when every sheet got a level (issue #13, grades2): no level is
   * unknown any more, so that weight is 0 (it was -0.7581).
   */
  public static final RankingWeights DEFAULT =
      new RankingWeights(0.8554, 3.2148, 0.3789, 0.2030, -0.2675, 0.0000, 1.3647, 2.7304);

  /** From coefficients in the order of {@link RankingSignals#NAMES}. */
  public static RankingWeights of(double[] w) {
    if (w.length != RankingSignals.NAMES.length) {
      throw new IllegalArgumentException("expected " + RankingSignals.NAMES.length + " weights, got " + w.length);
    }
    return new RankingWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]);
  }

  public double[] values() {
    return new double[] {overlap, latent, sameFamily, levelRise, levelDistance, levelUnknown, coreCovered, titleNear};
  }

  double score(RankingSignals s) {
    double[] x = s.values();
    double[] w = values();
    double score = 0;
    for (int i = 0; i < x.length; i++) {
      score += w[i] * x[i];
    }
    return score;
  }
}
