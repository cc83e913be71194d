package fr.passerelles.mobility;

/**
 * The content signals of one computed candidate of a ROME origin, which the learned ranking
 * combines ({@link RankingWeights}; docs/mobility.md § 5). Only what the two sheets say: never which
 * sheets ROME links, nor how often a target is linked (that would copy the links the ranking is
 * measured against).
 *
 * @param target the candidate's id
 * @param overlap competence overlap ({@link ProfileSimilarity})
 * @param latent cosine of the two sheets' body text in the latent space (LSA of description,
 *     activities, competences: {@link fr.passerelles.index.LatentModel})
 * @param sameFamily same ROME domaine professionnel (D14 for D1408)
 * @param levelRise target's classification grade minus the origin's, null when either is unknown
 * @param coreCovered share of the target's core savoir-faire the origin lists or has a
 *     macro-compétence of
 * @param titleNear IDF cosine of the words of the two sheets' titles and appellations
 */
public record RankingSignals(String target, double overlap, double latent, boolean sameFamily, Double levelRise,
    double coreCovered, double titleNear) {

  /** Names of {@link #values()}, in order. */
  public static final String[] NAMES = {
      "overlap", "latent", "sameFamily", "levelRise", "levelDistance", "levelUnknown", "coreCovered", "titleNear"};

  /** The signals as the learned ranking reads them (an unknown level counts as no distance, flagged). */
  public double[] values() {
    double rise = levelRise == null ? 0 : levelRise;
    return new double[] {overlap, latent, sameFamily ? 1 : 0, rise, Math.abs(rise), levelRise == null ? 1 : 0,
        coreCovered, titleNear};
  }
}
