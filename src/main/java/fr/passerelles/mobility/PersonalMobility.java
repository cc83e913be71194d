package fr.passerelles.mobility;

import java.util.List;

/**
 * A person's passerelles: the métier closest to their text (a CV), and its passerelles by degree
 * where the missing competences leave out what the text already evidences — those are listed in
 * each passerelle's {@code evidenced}, with the sentence that evidenced them — and follow the
 * person's corrections. Degrees stay the métier's: a sentence is evidence of a competence, not of a
 * whole field.
 *
 * @param closest the métier the person chose, else the one the text matches best (once corrected)
 * @param matchScore the text's matching score for it, in [0, 1]; null for a chosen métier the text
 *     does not match among its first ten of that kind
 * @param matchConfident whether the text's match is confident (its first métier named a match);
 *     false when the text supports no métier well enough, or is about another trade than the
 *     branch's, and the passerelles are then those of a lead, not of the person's métier; null for a
 *     chosen métier
 * @param scope where computed passerelles were sought
 * @param corrections what the person corrected, and the text's own closest métier when it changed
 * @param wish the métier the person wants to reach and the way there, null when none stated
 */
public record PersonalMobility(
    MetierRef closest, Double matchScore, Boolean matchConfident, MobilityScope scope, Corrections corrections, WishRoute wish,
    MobilityArea area) {

  /** A correction's competence, as the referential words it. */
  public record CorrectedCompetence(String id, String text) {}

  /**
   * @param excluded competences the person says they do not master
   * @param included competences they hold that the text did not show
   * @param textClosest the closest métier by the text alone, when the corrections or the person's
   *     choice took another;
   *     else null
   * @param textScore its score, null when {@code textClosest} is
   */
  public record Corrections(
      List<CorrectedCompetence> excluded, List<CorrectedCompetence> included, MetierRef textClosest, Double textScore) {
    public Corrections {
      excluded = List.copyOf(excluded);
      included = List.copyOf(included);
    }

    static final Corrections NONE = new Corrections(List.of(), List.of(), null, null);
  }
}
