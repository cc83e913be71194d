package fr.passerelles.mobility;

/**
 * How much each kind of shared feature counts in the competence overlap of two métiers, relative
 * to sharing the same ROME item (1).
 *
 * @param macro sharing a macro-compétence
 * @param term sharing an analyzed word of a competence text
 * @param field sharing a champ de compétences (at the settings' level)
 * @param family added to the overlap when ranking candidates in the origin's ROME domaine
 *     professionnel (D14 for D1408): the nomenclature groups jobs people move between; it orders
 *     candidates, never lets one pass the overlap threshold
 * @param domain added when the candidate is in the origin's ROME grand domaine (the letter)
 */
public record OverlapWeights(double macro, double term, double field, double family, double domain) {
  /** family 0.05: chosen on the train half of ROME's origins (docs/mobility.md § 5). */
  public static final OverlapWeights DEFAULT = new OverlapWeights(0.25, 0.3, 0.0, 0.05, 0.0);

  public OverlapWeights {
    if (macro < 0 || term < 0 || field < 0 || family < 0 || domain < 0) {
      throw new IllegalArgumentException("overlap weights must be >= 0");
    }
  }

  public OverlapWeights(double macro, double term, double field) {
    this(macro, term, field, 0, 0);
  }
}
