package fr.passerelles.match;

import java.util.List;

/** Ranked sheets for one text, best first. */
public record MatchResult(List<SheetMatch> matches, int segments, int phrases) {
  public MatchResult {
    matches = List.copyOf(matches);
  }
}
