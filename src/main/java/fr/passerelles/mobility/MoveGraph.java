package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Passerelles as a graph, to find the shortest chain from a person's métier to the one they wish:
 * a step costs its degree (a deepening is cheaper than a new field), ties go to fewer steps. The
 * moves out of a métier are computed on first use and kept (a few ids each); the person's first
 * step is their own area, with their corrections.
 */
final class MoveGraph {
  /** Longest chain searched: beyond three moves a path says little. */
  static final int MAX_STEPS = 3;
  /** Métiers whose moves are computed per search at most (each costs one area, ~5 ms). */
  static final int MAX_EXPANSIONS = 24;

  private record Edge(MetierRef to, int degree, String source) {}

  private record Node(String id, int cost, int steps, Node previous, MetierRef ref, Edge via) {}

  private final BiFunction<String, MobilityScope, MobilityArea> areas;
  private final Map<String, List<Edge>> edges = new ConcurrentHashMap<>();

  MoveGraph(BiFunction<String, MobilityScope, MobilityArea> areas) {
    this.areas = areas;
  }

  private static List<Edge> edges(MobilityArea area) {
    List<Edge> out = new ArrayList<>();
    area.passerelles().forEach(p -> out.add(new Edge(p.target(), p.degree(), p.source())));
    return out;
  }

  private List<Edge> edges(String id, MobilityScope scope) {
    return edges.computeIfAbsent(id + "|" + scope.json(), k -> edges(areas.apply(id, scope)));
  }

  /** The shortest path from {@code first}'s origin to {@code target}, or empty. */
  Optional<List<WishRoute.Step>> path(MobilityArea first, String target, MobilityScope scope) {
    PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingInt(Node::cost)
        .thenComparingInt(Node::steps).thenComparing(Node::id));
    Map<String, Integer> best = new HashMap<>();
    queue.add(new Node(first.origin().id(), 0, 0, null, first.origin(), null));
    int expansions = 0;
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      if (n.id().equals(target)) {
        return Optional.of(steps(n));
      }
      if (best.containsKey(n.id()) || n.steps() >= MAX_STEPS) {
        continue;
      }
      best.put(n.id(), n.cost());
      if (n.previous() != null && ++expansions > MAX_EXPANSIONS) {
        break;
      }
      List<Edge> out = n.previous() == null ? edges(first) : edges(n.id(), scope);
      for (Edge e : out) {
        if (!best.containsKey(e.to().id())) {
          queue.add(new Node(e.to().id(), n.cost() + e.degree(), n.steps() + 1, n, e.to(), e));
        }
      }
    }
    return Optional.empty();
  }

  private static List<WishRoute.Step> steps(Node last) {
    List<WishRoute.Step> out = new ArrayList<>();
    for (Node n = last; n.previous() != null; n = n.previous()) {
      out.add(0, new WishRoute.Step(n.previous().ref(), n.ref(), n.via().degree(), n.via().source()));
    }
    return out;
  }
}
