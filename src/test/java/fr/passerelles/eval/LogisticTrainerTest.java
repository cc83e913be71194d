package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticTrainerTest {

  /**
   * Labels drawn from a known model (a cosine-like score that helps, a boilerplate flag that
   * hurts): with enough pairs and a negligible penalty the fit recovers its coefficients.
   */
  @Test
  void recovers_the_coefficients_of_the_model_that_drew_the_labels() {
    double[] truth = {-2.0, 5.0, -1.5}; // intercept, cosine, boilerplate
    SplittableRandom random = new SplittableRandom(42);
    int n = 20_000;
    double[][] x = new double[n][];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      double cosine = 0.2 + 0.8 * random.nextDouble();
      double boilerplate = random.nextDouble() < 0.3 ? 1 : 0;
      x[i] = new double[] {cosine, boilerplate};
      double p = LogisticTrainer.sigmoid(truth[0] + truth[1] * cosine + truth[2] * boilerplate);
      y[i] = random.nextDouble() < p;
    }
    double[] beta = LogisticTrainer.fit(x, y, 1e-6);
    assertArrayEquals(truth, beta, 0.15);
  }

  @Test
  void the_penalty_keeps_separable_data_finite_and_ordered() {
    double[][] x = {{0.1}, {0.2}, {0.3}, {0.7}, {0.8}, {0.9}};
    boolean[] y = {false, false, false, true, true, true};
    double[] beta = LogisticTrainer.fit(x, y, 1.0);
    assertTrue(Double.isFinite(beta[0]) && Double.isFinite(beta[1]));
    assertTrue(beta[1] > 0, "a higher score means more likely right: " + beta[1]);
    assertEquals(0.5, LogisticTrainer.sigmoid(beta[0] + beta[1] * 0.5), 0.05, "symmetric data: 0.5 in the middle");
  }

  @Test
  void an_intercept_only_fit_gives_the_base_rate() {
    double[][] x = {{0}, {0}, {0}, {0}};
    boolean[] y = {true, false, false, false};
    double[] beta = LogisticTrainer.fit(x, y, 1.0);
    assertEquals(0.25, LogisticTrainer.sigmoid(beta[0]), 1e-6);
  }

  @Test
  void solves_a_small_linear_system() {
    double[][] a = {{4, 1}, {1, 3}};
    double[] b = {1, 2};
    assertArrayEquals(new double[] {1.0 / 11, 7.0 / 11}, LogisticTrainer.solve(a, b), 1e-12);
  }
}
