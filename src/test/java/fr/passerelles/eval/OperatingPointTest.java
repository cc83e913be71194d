package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatingPointTest {

  /** {@code texts} texts, each with {@code high} right pairs at 0.9 and the given pairs at 0.5. */
  private static List<OperatingPoint.Scored> pairs(int texts, int high, int badTexts, int lowRight, int lowWrong,
      int badLowRight, int badLowWrong) {
    List<OperatingPoint.Scored> out = new ArrayList<>();
    for (int t = 0; t < texts; t++) {
      String id = "text-" + t;
      boolean bad = t < badTexts;
      for (int i = 0; i < high; i++) {
        out.add(new OperatingPoint.Scored(id, 0.9, true));
      }
      for (int i = 0; i < (bad ? badLowRight : lowRight); i++) {
        out.add(new OperatingPoint.Scored(id, 0.5, true));
      }
      for (int i = 0; i < (bad ? badLowWrong : lowWrong); i++) {
        out.add(new OperatingPoint.Scored(id, 0.5, false));
      }
    }
    return out;
  }

  private static double mean(List<OperatingPoint.Scored> pairs, double threshold) {
    List<OperatingPoint.Scored> kept = pairs.stream().filter(s -> s.probability() >= threshold).toList();
    return kept.stream().filter(OperatingPoint.Scored::right).count() / (double) kept.size();
  }

  @Test
  void errors_gathered_in_a_few_texts_raise_the_threshold_that_the_mean_would_accept() {
    // 24 texts right at 0.5, 6 texts wrong there: 0.867 on average, far less on an unlucky set of texts
    List<OperatingPoint.Scored> pairs = pairs(30, 2, 6, 4, 0, 0, 4);
    assertTrue(mean(pairs, 0.5) >= OperatingPoint.TARGET_PRECISION, "the mean alone would keep 0.5");
    assertEquals(0.9, OperatingPoint.threshold(pairs), 1e-9);
  }

  @Test
  void errors_spread_evenly_over_texts_keep_the_lower_threshold() {
    // every text: 2 right at 0.9, 9 right and 1 wrong at 0.5 (0.917 whatever texts are drawn)
    List<OperatingPoint.Scored> pairs = pairs(30, 2, 0, 9, 1, 0, 0);
    assertEquals(0.5, OperatingPoint.threshold(pairs), 1e-9);
  }

  @Test
  void no_threshold_when_the_target_is_out_of_reach() {
    List<OperatingPoint.Scored> pairs = pairs(30, 0, 0, 1, 1, 0, 0);
    assertEquals(1.0, OperatingPoint.threshold(pairs), 1e-9);
  }

  @Test
  void a_handful_of_pairs_does_not_set_the_threshold() {
    List<OperatingPoint.Scored> pairs = pairs(3, 2, 0, 0, 0, 0, 0);
    assertTrue(pairs.size() < OperatingPoint.MIN_KEPT);
    assertEquals(1.0, OperatingPoint.threshold(pairs), 1e-9);
  }

  @Test
  void the_same_pairs_give_the_same_threshold() {
    List<OperatingPoint.Scored> pairs = pairs(40, 2, 5, 6, 1, 3, 3);
    assertEquals(OperatingPoint.threshold(pairs), OperatingPoint.threshold(new ArrayList<>(pairs)), 0);
  }
}
