package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankMovesTest {

  /** A ranking whose right answer is at {@code rank} (0: absent from the top 10). */
  private static List<String> ranked(int rank) {
    List<String> r = new java.util.ArrayList<>(List.of("a", "b", "c", "d", "e"));
    if (rank > 0) {
      r.set(rank - 1, "right");
    }
    return r;
  }

  private static RankingMetrics metrics(int... ranks) {
    RankingMetrics.Accumulator acc = new RankingMetrics.Accumulator();
    for (int i = 0; i < ranks.length; i++) {
      acc.add("q" + i, ranked(ranks[i]), "right"::equals);
    }
    return acc.result();
  }

  @Test
  void counts_queries_that_enter_or_leave_the_top_1_and_top_3() {
    RankMoves m = RankMoves.between(metrics(1, 2, 4, 0, 3, 1), metrics(2, 1, 3, 5, 0, 1));
    assertEquals(List.of("q1:2→1", "q2:4→3", "q3:0→5"), m.up());
    assertEquals(List.of("q0:1→2", "q4:3→0"), m.down());
    assertEquals(1, m.intoTop1());
    assertEquals(1, m.outOfTop1());
    assertEquals(1, m.intoTop3());
    assertEquals(1, m.outOfTop3());
  }

  @Test
  void the_same_ranks_move_nothing() {
    RankMoves m = RankMoves.between(metrics(1, 0, 3), metrics(1, 0, 3));
    assertEquals(List.of(), m.up());
    assertEquals(List.of(), m.down());
    assertEquals("0 up, 0 down; top-1 +0 -0; top-3 +0 -0; up []; down []", m.describe());
  }

  @Test
  void the_metrics_keep_each_query_rank_in_order() {
    assertEquals(java.util.Map.of("q0", 1, "q1", 0, "q2", 3), metrics(1, 0, 3).ranks());
    assertEquals(List.of("q0", "q1", "q2"), List.copyOf(metrics(1, 0, 3).ranks().keySet()));
  }

  @Test
  void metrics_restricted_to_some_queries_are_those_queries_alone() {
    RankingMetrics all = metrics(1, 0, 3, 2);
    RankingMetrics part = all.restrictedTo(java.util.Set.of("q2", "q3"));
    assertEquals(2, part.queries());
    assertEquals(0.0, part.top1());
    assertEquals(1.0, part.top3());
    assertEquals((1.0 / 3 + 1.0 / 2) / 2, part.mrr(), 1e-12);
    assertEquals(List.of("q2@3", "q3@2"), part.failures());
  }
}
