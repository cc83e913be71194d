package fr.passerelles.match;

import java.util.List;

/**
 * Ranked sheets for one text, best first.
 *
 * @param confident whether the best sheet's score reaches the model's confidence threshold; when
 *     not, the text supports no sheet well enough to name one (docs/matching.md)
 * @param zones how each segment was read (task, experience, boilerplate…), in text order
 * @param branchAffinity the latent cosine of the branch métier nearest the text over that of the
 *     nearest sheet of all, in [0, 1]: low for a text about another trade
 * @param outsideBranch whether that affinity is under the branch model's floor: the text is about
 *     another trade, and no branch answer to it is confident
 */
public record MatchResult(List<SheetMatch> matches, int segments, int phrases, boolean confident, List<ZoneSpan> zones,
    double branchAffinity, boolean outsideBranch) {
  public MatchResult {
    matches = List.copyOf(matches);
    zones = List.copyOf(zones);
  }
}
