package fr.passerelles.mobility;

import java.util.List;

/**
 * The métier a person wants to reach: what the move asks of them, and the shortest way there through
 * passerelles.
 *
 * @param target the wished métier
 * @param move the direct move from the person's métier, their corrections and text evidence applied;
 *     null when the target has no competences to compare
 * @param amongPasserelles whether the target is one of the person's own passerelles (in scope)
 * @param path the shortest chain of passerelles to it, by the sum of their degrees (fewer steps on a
 *     tie), at most {@link MoveGraph#MAX_STEPS} steps; empty when none is found in scope
 * @param pathDegree the sum of the path's degrees, null when no path
 */
public record WishRoute(MetierRef target, Passerelle move, boolean amongPasserelles, List<Step> path, Integer pathDegree) {
  public WishRoute {
    path = List.copyOf(path);
  }

  /** One passerelle of the path. */
  public record Step(MetierRef from, MetierRef to, int degree, String source) {}
}
