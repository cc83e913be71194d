package fr.passerelles.mobility;

/**
 * How much each kind of shared feature counts in the competence overlap of two métiers, relative
 * to sharing the same ROME item (1).
 *
 * @param macro sharing a macro-compétence
 * @param term sharing an analyzed word of a competence text
 * @param field sharing a champ de compétences (at the settings' level)
 */
public record OverlapWeights(double macro, double term, double field) {
  public static final OverlapWeights DEFAULT = new OverlapWeights(0.25, 0.3, 0.0);

  public OverlapWeights {
    if (macro < 0 || term < 0 || field < 0) {
      throw new IllegalArgumentException("overlap weights must be >= 0");
    }
  }
}
