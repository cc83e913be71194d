package fr.passerelles.eval;

import java.util.List;

/**
 * Fits a logistic regression by Newton's method with a small L2 penalty (no penalty on the bias):
 * few features, a few thousand rows, exact in a dozen iterations. Used to fit the matcher's fusion
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
      double[] step = solve(hess, grad);
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

  /**
   * Conditional logit: weights that maximise, query by query, the softmax probability of the
   * right candidates among all of that query's candidates (a ranking objective; the intercept
   * cancels out). Queries with no right candidate or no wrong one teach nothing and are skipped.
   */
  public static double[] fitListwise(List<List<Row>> queries, double l2) {
    int d = -1;
    for (List<Row> q : queries) {
      if (!q.isEmpty()) {
        d = q.get(0).x().length;
        break;
      }
    }
    if (d < 0) {
      throw new IllegalArgumentException("no rows");
    }
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (List<Row> q : queries) {
        boolean anyRight = q.stream().anyMatch(Row::positive);
        boolean anyWrong = q.stream().anyMatch(r -> !r.positive());
        if (!anyRight || !anyWrong) {
          continue;
        }
        double[] z = new double[q.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < q.size(); i++) {
          double[] x = q.get(i).x();
          for (int k = 0; k < d; k++) {
            z[i] += w[k] * x[k];
          }
          max = Math.max(max, z[i]);
        }
        double sum = 0;
        double sumRight = 0;
        for (int i = 0; i < q.size(); i++) {
          z[i] = Math.exp(z[i] - max);
          sum += z[i];
          if (q.get(i).positive()) {
            sumRight += z[i];
          }
        }
        double[] meanAll = new double[d];
        double[] meanRight = new double[d];
        for (int i = 0; i < q.size(); i++) {
          double[] x = q.get(i).x();
          for (int k = 0; k < d; k++) {
            meanAll[k] += z[i] / sum * x[k];
            if (q.get(i).positive()) {
              meanRight[k] += z[i] / sumRight * x[k];
            }
          }
        }
        double qw = q.get(0).weight();
        for (int k = 0; k < d; k++) {
          grad[k] += qw * (meanRight[k] - meanAll[k]);
        }
        // Hessian of log-sum-exp over all candidates (the right-candidates term is dropped: a
        // positive semi-definite approximation that keeps Newton steps stable)
        for (int i = 0; i < q.size(); i++) {
          double p = z[i] / sum;
          double[] x = q.get(i).x();
          for (int a = 0; a < d; a++) {
            for (int b = 0; b < d; b++) {
              hess[a][b] += qw * p * (x[a] - meanAll[a]) * (x[b] - meanAll[b]);
            }
          }
        }
      }
      double norm = 0;
      for (int k = 0; k < d; k++) {
        grad[k] -= l2 * w[k];
        hess[k][k] += l2 + 1e-9;
      }
      double[] step = solve(hess, grad);
      for (int k = 0; k < d; k++) {
        w[k] += step[k];
        norm += step[k] * step[k];
      }
      if (norm < 1e-12) {
        break;
      }
    }
    return w;
  }

  private static double[] withBias(double[] x) {
    double[] out = new double[x.length + 1];
    out[0] = 1;
    System.arraycopy(x, 0, out, 1, x.length);
    return out;
  }

  /** Gaussian elimination with partial pivoting; the Hessian is small and positive definite. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = m[c];
      m[c] = m[pivot];
      m[pivot] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
