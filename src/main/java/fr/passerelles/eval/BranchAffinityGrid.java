package fr.passerelles.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The branch answer's second confidence floor, on the text's branch affinity (how near the nearest
 * branch métier is, against the nearest sheet of all): each floor of a grid read on the branch
 * answers of labelled texts and of texts outside the branch, the score threshold held where it is.
 * A confident answer is right when the text has a branch label and the first métier is in it; any
 * confident answer to a text without a branch label is wrong (docs/quality.md, "A branch answer's
 * confidence: how near the branch the text is").
 */
public final class BranchAffinityGrid {
  /** The floors tried: 0 to 1 by 0.05. */
  public static final int STEPS = 20;

  /**
   * One text's branch answer under the committed model.
   *
   * @param score the first métier's fused score
   * @param affinity the text's branch affinity
   * @param labelled whether the text has a branch label
   * @param right whether the first métier is one of its labels
   */
  public record Answer(double score, double affinity, boolean labelled, boolean right) {}

  /** The confident answers at one floor: right, wrong, and of the wrong ones those outside the branch. */
  public record Row(double floor, int right, int wrong, int outside) {
    /** Right confident answers less wrong ones: a wrong answer named costs what a right one gains. */
    public int net() {
      return right - wrong;
    }
  }

  private BranchAffinityGrid() {}

  /** The confident answers at {@code floor}, the score threshold at {@code confidentAt}. */
  public static Row at(List<Answer> answers, double confidentAt, double floor) {
    int right = 0;
    int wrong = 0;
    int outside = 0;
    for (Answer a : answers) {
      if (a.score() >= confidentAt && a.affinity() >= floor) {
        if (a.labelled() && a.right()) {
          right++;
        } else {
          wrong++;
          outside += a.labelled() ? 0 : 1;
        }
      }
    }
    return new Row(floor, right, wrong, outside);
  }

  /** Every floor of the grid, lowest first. */
  public static List<Row> grid(List<Answer> answers, double confidentAt) {
    List<Row> rows = new ArrayList<>(STEPS + 1);
    for (int i = 0; i <= STEPS; i++) {
      rows.add(at(answers, confidentAt, (double) i / STEPS));
    }
    return rows;
  }

  /** The floor of best {@link Row#net}, the lowest on a tie (0 when no floor beats none). */
  public static Row chosen(List<Row> grid) {
    Row best = grid.get(0);
    for (Row r : grid) {
      if (r.net() > best.net()) {
        best = r;
      }
    }
    return best;
  }
}
