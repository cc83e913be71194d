package fr.passerelles.mobility;

/**
 * Where a métier sits for the study's classification rule (000: a move goes only to an equal or
 * higher classification). The seeds give no grid; the grade is built from what the sheets say
 * (docs/mobility.md § 3): the certification level the sheet or ROME's access text requires, half a
 * step when that text names a higher diploma too ("Bac à Bac + 2"), one step for encadrement.
 *
 * @param grade the value the rule compares, e.g. 4.5 for "Bac à Bac + 2"
 * @param diploma the minimum certification level (3 = CAP … 8 = doctorat)
 * @param management whether the métier manages a team
 * @param basis where the level comes from, e.g. {@code 0102-v2 formation}, {@code ROME C1109 accès}
 */
public record ClassificationLevel(double grade, int diploma, boolean management, String basis) {

  static ClassificationLevel of(DiplomaLevels.Range range, boolean management, String basis) {
    double grade = range.min() + (range.max() > range.min() ? 0.5 : 0) + (management ? 1 : 0);
    return new ClassificationLevel(grade, range.min(), management, basis);
  }
}
