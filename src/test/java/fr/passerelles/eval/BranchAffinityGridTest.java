package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.eval.BranchAffinityGrid.Answer;
import fr.passerelles.eval.BranchAffinityGrid.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchAffinityGridTest {
  // a right answer near the branch, a wrong one near it, two texts outside it (one near, one far),
  // and an answer under the score threshold, which no floor makes confident
  static final List<Answer> ANSWERS = List.of(
      new Answer(0.6, 0.95, true, true),
      new Answer(0.5, 0.90, true, false),
      new Answer(0.4, 0.92, false, false),
      new Answer(0.4, 0.30, false, false),
      new Answer(0.1, 1.00, true, true));

  @Test
  void counts_confident_answers_right_wrong_and_outside_the_branch() {
    assertEquals(new Row(0, 1, 3, 2), BranchAffinityGrid.at(ANSWERS, 0.2, 0));
    assertEquals(new Row(0.91, 1, 1, 1), BranchAffinityGrid.at(ANSWERS, 0.2, 0.91));
    assertEquals(new Row(0.91, 0, 0, 0), BranchAffinityGrid.at(ANSWERS, 0.7, 0.91));
  }

  @Test
  void keeps_the_floor_of_best_net_and_the_lowest_on_a_tie() {
    List<Row> grid = BranchAffinityGrid.grid(ANSWERS, 0.2);
    assertEquals(BranchAffinityGrid.STEPS + 1, grid.size());
    // net −2 up to 0.30, −1 up to 0.90, 1 at 0.95 (only the right answer left), 0 at 1.0 (none)
    Row chosen = BranchAffinityGrid.chosen(grid);
    assertEquals(0.95, chosen.floor(), 1e-9);
    assertEquals(1, chosen.net());
    assertEquals(-2, grid.get(0).net());
  }

  @Test
  void no_floor_when_none_beats_none() {
    List<Answer> right = List.of(new Answer(0.6, 0.5, true, true), new Answer(0.6, 0.2, true, true));
    assertEquals(0, BranchAffinityGrid.chosen(BranchAffinityGrid.grid(right, 0.2)).floor());
  }
}
