package fr.passerelles.eval;

/**
 * Fits a logistic regression by Newton's method (iteratively reweighted least squares) with an L2
 * penalty on the weights, not on the intercept. Small and exact for the evidence model: a few
 * hundred pairs and a dozen features converge in a handful of steps, deterministically.
 */
public final class LogisticTrainer {
  static final int MAX_STEPS = 100;
  static final double TOLERANCE = 1e-9;

  private LogisticTrainer() {}

  /** The fitted coefficients: {@code [intercept, w1, …, wd]}. */
  public static double[] fit(double[][] x, boolean[] y, double l2) {
    int n = x.length;
    int d = x[0].length + 1;
    double[] beta = new double[d];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < n; i++) {
        double[] row = withBias(x[i]);
        double p = sigmoid(dot(beta, row));
        double r = (y[i] ? 1 : 0) - p;
        double w = p * (1 - p);
        for (int a = 0; a < d; a++) {
          gradient[a] += r * row[a];
          for (int b = 0; b < d; b++) {
            hessian[a][b] += w * row[a] * row[b];
          }
        }
      }
      for (int a = 1; a < d; a++) {
        gradient[a] -= l2 * beta[a];
        hessian[a][a] += l2;
      }
      hessian[0][0] += 1e-9; // a separable intercept-only corner stays solvable
      double[] delta = solve(hessian, gradient);
      double change = 0;
      for (int a = 0; a < d; a++) {
        beta[a] += delta[a];
        change = Math.max(change, Math.abs(delta[a]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double[] withBias(double[] x) {
    double[] row = new double[x.length + 1];
    row[0] = 1;
    System.arraycopy(x, 0, row, 1, x.length);
    return row;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Gaussian elimination with partial pivoting; {@code a} is symmetric positive definite here. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = new double[n + 1];
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] out = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int c = r + 1; c < n; c++) {
        s -= m[r][c] * out[c];
      }
      out[r] = s / m[r][r];
    }
    return out;
  }
}
