package fr.passerelles.eval;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Top-1, top-3 and MRR@10 of a ranking task over the queries that have acceptable answers.
 *
 * @param failures ids of the queries whose first answer was not acceptable, for error analysis
 * @param ranks each query's rank of its first acceptable answer (0 when none in the cutoff), in
 *     query order, to count the queries two systems rank differently
 */
public record RankingMetrics(int queries, double top1, double top3, double mrr, List<String> failures,
    java.util.Map<String, Integer> ranks) {
  public static final int MRR_CUTOFF = 10;

  /** The same metrics over some of the queries only (those of one file of a pooled set). */
  public RankingMetrics restrictedTo(java.util.Collection<String> ids) {
    Accumulator acc = new Accumulator();
    for (Map.Entry<String, Integer> e : ranks.entrySet()) {
      if (ids.contains(e.getKey())) {
        acc.addRank(e.getKey(), e.getValue());
      }
    }
    return acc.result();
  }

  /** Accumulates ranks (1-based, 0 when no acceptable answer was returned in the cutoff). */
  public static final class Accumulator {
    private int n;
    private int hit1;
    private int hit3;
    private double rr;
    private final java.util.ArrayList<String> failures = new java.util.ArrayList<>();
    private final java.util.LinkedHashMap<String, Integer> ranks = new java.util.LinkedHashMap<>();

    public <T> void add(String queryId, List<T> ranked, Predicate<T> acceptable) {
      int rank = 0;
      for (int i = 0; i < Math.min(MRR_CUTOFF, ranked.size()); i++) {
        if (acceptable.test(ranked.get(i))) {
          rank = i + 1;
          break;
        }
      }
      addRank(queryId, rank);
    }

    void addRank(String queryId, int rank) {
      n++;
      ranks.put(queryId, rank);
      if (rank == 1) {
        hit1++;
      } else {
        failures.add(queryId + "@" + (rank == 0 ? "-" : rank));
      }
      if (rank >= 1 && rank <= 3) {
        hit3++;
      }
      rr += rank == 0 ? 0 : 1.0 / rank;
    }

    public RankingMetrics result() {
      return n == 0
          ? new RankingMetrics(0, 0, 0, 0, List.of(), java.util.Map.of())
          : new RankingMetrics(n, (double) hit1 / n, (double) hit3 / n, rr / n, List.copyOf(failures),
              java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ranks)));
    }
  }
}
