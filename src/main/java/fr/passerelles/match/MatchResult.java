package fr.passerelles.match;

import java.util.List;

/**
 * Ranked sheets for one text, best first.
 *
 * @param confident whether the best sheet's score reaches the model's confidence threshold; when
 *     not, the text supports no sheet well enough to name one (docs/matching.md)
 * @param zones how each segment was read (task, experience, boilerplate…), in text order
 */
public record MatchResult(List<SheetMatch> matches, int segments, int phrases, boolean confident, List<ZoneSpan> zones) {
  public MatchResult {
    matches = List.copyOf(matches);
    zones = List.copyOf(zones);
  }
}
