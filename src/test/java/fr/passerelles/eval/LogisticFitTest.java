package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

  @Test
  void recovers_the_coefficients_of_the_model_that_drew_the_labels() {
    Random random = new Random(7);
    List<LogisticFit.Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      double a = random.nextDouble();
      double b = random.nextDouble();
      double p = 1 / (1 + Math.exp(-(-2 + 3 * a - 1.5 * b)));
      rows.add(new LogisticFit.Row(new double[] {a, b}, random.nextDouble() < p, 1));
    }
    LogisticFit.Model m = LogisticFit.fit(rows, 0);
    assertEquals(-2, m.bias(), 0.15);
    assertEquals(3, m.weights()[0], 0.2);
    assertEquals(-1.5, m.weights()[1], 0.2);
  }

  @Test
  void coordinate_ascent_finds_the_weight_that_ranks_the_right_candidate_first() {
    // right candidates have the higher title, the wrong ones the higher text score
    List<ScoreModelFitter.QueryRows> data = fifty(
        new fr.passerelles.match.ScoreFeatures(0.8, 0.3, 0.2, 0.9, 0.5, 0.5, 0.5, 0.5, 0, 0, false),
        new fr.passerelles.match.ScoreFeatures(1.0, 1.0, 1.0, 0.0, 0.5, 0.5, 0.5, 0.5, 0, 0, false));
    double[] neutral = fr.passerelles.match.ScoreModel.NEUTRAL.weights();
    double[] w = ScoreModelFitter.ascend(data);
    assertEquals(0.5, ScoreModelFitter.mrrOnly(data, neutral), 1e-9);
    assertEquals(1.0, ScoreModelFitter.mrrOnly(data, w), 1e-9);
  }

  @Test
  void a_signal_held_non_negative_cannot_be_turned_against_the_sheets_it_supports() {
    // the wrong candidates are the ones near a name: only a negative titleNear weight ranks the right one first
    List<ScoreModelFitter.QueryRows> data = fifty(
        new fr.passerelles.match.ScoreFeatures(0.8, 0.3, 0.2, 0.0, 0.5, 0.0, 0.5, 0.0, 0.5, 0.5, false),
        new fr.passerelles.match.ScoreFeatures(0.8, 0.3, 0.2, 0.0, 0.5, 0.8, 0.5, 0.0, 0.5, 0.5, false));
    int titleNear = java.util.Arrays.asList(fr.passerelles.match.ScoreFeatures.NAMES).indexOf("titleNear");
    double[] free = ScoreModelFitter.ascend(data, ScoreModelFitter.GRID);
    double[] held = ScoreModelFitter.ascend(data, ScoreModelFitter.GRID, java.util.Set.of("titleNear"));
    assertTrue(free[titleNear] < 0, "the free fit turns the signal against its sheets");
    assertEquals(1.0, ScoreModelFitter.mrrOnly(data, free), 1e-9);
    assertTrue(held[titleNear] >= 0, "held at zero or above");
    assertTrue(ScoreModelFitter.mrrOnly(data, held) < 1.0);
  }

  /** Fifty queries alike: a right candidate and a wrong one. */
  private static List<ScoreModelFitter.QueryRows> fifty(fr.passerelles.match.ScoreFeatures right,
      fr.passerelles.match.ScoreFeatures wrong) {
    List<ScoreModelFitter.QueryRows> data = new ArrayList<>();
    for (int q = 0; q < 50; q++) {
      data.add(new ScoreModelFitter.QueryRows(List.of(right, wrong), List.of(true, false)));
    }
    return data;
  }

  @Test
  void a_wrong_candidate_tied_with_the_right_one_counts_half_a_rank() {
    // the answer breaks ties by sheet id, which knows nothing of the right sheet
    var same = new fr.passerelles.match.ScoreFeatures(0.5, 0.5, 0.0, 0.0, 0.5, 0.0, 0.5, 0.0, 0, 0, false);
    List<ScoreModelFitter.QueryRows> data = List.of(new ScoreModelFitter.QueryRows(List.of(same, same), List.of(true, false)));
    assertEquals(1 / 1.5, ScoreModelFitter.mrrOnly(data, fr.passerelles.match.ScoreModel.NEUTRAL.weights()), 1e-9);
  }

  @Test
  void pool_figures_count_a_tie_as_half_a_rank_and_a_missing_right_sheet_as_a_miss() {
    var same = new fr.passerelles.match.ScoreFeatures(0.5, 0.5, 0.0, 0.0, 0.5, 0.0, 0.5, 0.0, 0, 0, false);
    var low = new fr.passerelles.match.ScoreFeatures(0.1, 0.1, 0.0, 0.0, 0.1, 0.0, 0.1, 0.0, 0, 0, false);
    List<ScoreModelFitter.QueryRows> tied = List.of(new ScoreModelFitter.QueryRows(List.of(same, same), List.of(true, false)));
    List<ScoreModelFitter.QueryRows> first = List.of(new ScoreModelFitter.QueryRows(List.of(same, low), List.of(true, false)));
    List<ScoreModelFitter.QueryRows> none = List.of(new ScoreModelFitter.QueryRows(List.of(same, low), List.of(false, false)));
    var neutral = fr.passerelles.match.ScoreModel.NEUTRAL;
    assertEquals(new ScoreModelFitter.PoolFigures(1, 0, 1, 1 / 1.5), ScoreModelFitter.PoolFigures.of(tied, neutral));
    assertEquals(new ScoreModelFitter.PoolFigures(1, 1, 1, 1.0), ScoreModelFitter.PoolFigures.of(first, neutral));
    assertEquals(new ScoreModelFitter.PoolFigures(1, 0, 0, 0.0), ScoreModelFitter.PoolFigures.of(none, neutral));
    var pooled = ScoreModelFitter.PoolFigures.of(tied, neutral).plus(ScoreModelFitter.PoolFigures.of(first, neutral))
        .plus(ScoreModelFitter.PoolFigures.of(none, neutral));
    assertEquals(3, pooled.queries());
    assertEquals(1, pooled.top1());
    assertEquals(2, pooled.top3());
    assertEquals((1 / 1.5 + 1) / 3, pooled.mrr(), 1e-12);
  }
}
