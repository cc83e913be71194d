package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {
  @Test
  void a_diagonal_matrix_is_its_own_decomposition_sorted_largest_first() {
    SymmetricEigen e = SymmetricEigen.of(new double[][] {{1, 0, 0}, {0, 3, 0}, {0, 0, 2}});
    assertArrayEquals(new int[] {1, 2, 0}, e.descending());
    assertEquals(3, e.values()[1], 1e-12);
  }

  @Test
  void reconstructs_a_random_symmetric_matrix_with_orthonormal_vectors() {
    int n = 40;
    SplittableRandom random = new SplittableRandom(7);
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        a[i][j] = a[j][i] = random.nextDouble(-1, 1);
      }
    }
    SymmetricEigen e = SymmetricEigen.of(a);
    double[][] v = e.vectors();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double rebuilt = 0;
        double dot = 0;
        for (int k = 0; k < n; k++) {
          rebuilt += v[i][k] * e.values()[k] * v[j][k];
          dot += v[k][i] * v[k][j];
        }
        assertEquals(a[i][j], rebuilt, 1e-9, "A = V Λ Vᵀ at " + i + "," + j);
        assertEquals(i == j ? 1 : 0, dot, 1e-9, "Vᵀ V = I at " + i + "," + j);
      }
    }
  }

  @Test
  void the_2x2_case_matches_its_closed_form() {
    // eigenvalues of [[2, 1], [1, 2]] are 3 and 1, eigenvector of 3 is (1, 1)/√2
    SymmetricEigen e = SymmetricEigen.of(new double[][] {{2, 1}, {1, 2}});
    int top = e.descending()[0];
    assertEquals(3, e.values()[top], 1e-12);
    assertEquals(Math.abs(e.vectors()[0][top]), Math.abs(e.vectors()[1][top]), 1e-12);
  }
}
