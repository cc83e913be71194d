package fr.passerelles.index;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: the last
 * step of {@link LatentModel}'s truncated SVD, on a matrix of a few hundred rows.
 *
 * @param values eigenvalues
 * @param vectors eigenvectors as columns ({@code vectors[i][e]} is row i of eigenvector e)
 */
record SymmetricEigen(double[] values, double[][] vectors) {
  private static final int MAX_SWEEPS = 60;

  static SymmetricEigen of(double[][] symmetric) {
    int n = symmetric.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = symmetric[i].clone();
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double off = 0;
      double diag = 0;
      for (int i = 0; i < n; i++) {
        diag += a[i][i] * a[i][i];
        for (int j = i + 1; j < n; j++) {
          off += a[i][j] * a[i][j];
        }
      }
      if (off <= 1e-22 * Math.max(diag, 1e-300)) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          double apq = a[p][q];
          if (Math.abs(apq) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * apq);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          rotate(a, v, p, q, c, s, n);
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = a[i][i];
    }
    return new SymmetricEigen(values, v);
  }

  /** A ← Jᵀ A J and V ← V J for the rotation of plane (p, q). */
  private static void rotate(double[][] a, double[][] v, int p, int q, double c, double s, int n) {
    for (int k = 0; k < n; k++) {
      double akp = a[k][p];
      double akq = a[k][q];
      a[k][p] = c * akp - s * akq;
      a[k][q] = s * akp + c * akq;
    }
    double[] rp = a[p];
    double[] rq = a[q];
    for (int k = 0; k < n; k++) {
      double apk = rp[k];
      double aqk = rq[k];
      rp[k] = c * apk - s * aqk;
      rq[k] = s * apk + c * aqk;
    }
    for (int k = 0; k < n; k++) {
      double vkp = v[k][p];
      double vkq = v[k][q];
      v[k][p] = c * vkp - s * vkq;
      v[k][q] = s * vkp + c * vkq;
    }
  }

  /** Eigenvalue indexes, largest first. */
  int[] descending() {
    return IntStream.range(0, values.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> values[i]).reversed().thenComparing(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }
}
