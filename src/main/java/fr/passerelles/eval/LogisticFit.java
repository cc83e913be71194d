package fr.passerelles.eval;

import java.util.List;

/**
 * Fits a logistic regression with weighted rows by Newton's method with a small L2 penalty (no
 * penalty on the bias): few features, a few thousand rows, exact in a dozen iterations. The
 * evidence judge's {@link LogisticTrainer} has unweighted rows; the fusion's calibration needs
 * each query to weigh the same however many candidates it has. Used to fit the matcher's fusion
 * model ({@code fr.passerelles.match.ScoreModel}) on the benchmark's training sheets.
 */
public final class LogisticFit {
  /** A fitted model: intercept and one weight per feature. */
  public record Model(double bias, double[] weights) {
    public double probability(double[] x) {
      double z = bias;
      for (int i = 0; i < x.length; i++) {
        z += weights[i] * x[i];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }

  /** One training example. */
  public record Row(double[] x, boolean positive, double weight) {}

  private LogisticFit() {}

  public static Model fit(List<Row> rows, double l2) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no rows");
    }
    int d = rows.get(0).x().length + 1; // index 0 = bias
    double[] beta = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (Row r : rows) {
        double[] x = withBias(r.x());
        double z = 0;
        for (int i = 0; i < d; i++) {
          z += beta[i] * x[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = (r.positive() ? 1 : 0) - p;
        double w = r.weight() * p * (1 - p);
        for (int i = 0; i < d; i++) {
          grad[i] += r.weight() * err * x[i];
          for (int j = 0; j < d; j++) {
            hess[i][j] += w * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        grad[i] -= l2 * beta[i];
        hess[i][i] += l2;
      }
      hess[0][0] += 1e-9;
      double[] step = LogisticTrainer.solve(hess, grad);
      double norm = 0;
      for (int i = 0; i < d; i++) {
        beta[i] += step[i];
        norm += step[i] * step[i];
      }
      if (norm < 1e-12) {
        break;
      }
    }
    double[] w = new double[d - 1];
    System.arraycopy(beta, 1, w, 0, d - 1);
    return new Model(beta[0], w);
  }

  private static double[] withBias(double[] x) {
    double[] out = new double[x.length + 1];
    out[0] = 1;
    System.arraycopy(x, 0, out, 1, x.length);
    return out;
  }
}
