package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.testing.Gen;
import fr.passerelles.testing.PropertyCheck;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cosines with every sheet, computed one dimension at a time over all sheets, are the very
 * doubles of the row-by-row loop they replaced (four running sums per row, added as (s0 + s1) +
 * (s2 + s3)): a latent score, and so an answer, cannot move by a bit.
 */
class LatentCosinesTest {
  /** A draw: the number of sheets, the latent rank, the seed of the vectors. */
  private record Shape(int sheets, int rank, long seed) {
  }

  @Test
  void dimension_at_a_time_cosines_equal_the_row_by_row_loop_to_the_bit() {
    PropertyCheck.forAll("dimension at a time cosines equal the row by row loop to the bit", 200,
        Gen.combine(Gen.ints(1, 40), Gen.ints(1, 27), Gen.longs(), Shape::new), LatentCosinesTest::equalToTheBit);
  }

  private static void equalToTheBit(Shape shape) {
    int sheets = shape.sheets();
    int rank = shape.rank();
    Random random = new Random(shape.seed());
    float[] rows = new float[sheets * rank];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (float) random.nextGaussian() / (float) Math.sqrt(rank);
    }
    double[] q = new double[rank];
    for (int j = 0; j < rank; j++) {
      q[j] = random.nextGaussian();
    }
    double[] cosines = LatentModel.cosines(q, LatentModel.byDimension(rows, sheets, rank), sheets);
    for (int d = 0; d < sheets; d++) {
      assertEquals(Double.doubleToRawLongBits(rowByRow(q, rows, d * rank)), Double.doubleToRawLongBits(cosines[d]),
          "sheet " + d);
    }
  }

  /** The loop of session 8 (docs/performance.md), one row at a time. */
  private static double rowByRow(double[] q, float[] v, int from) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = q.length;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      s0 += q[j] * v[from + j];
      s1 += q[j + 1] * v[from + j + 1];
      s2 += q[j + 2] * v[from + j + 2];
      s3 += q[j + 3] * v[from + j + 3];
    }
    for (; j < n; j++) {
      s0 += q[j] * v[from + j];
    }
    return (s0 + s1) + (s2 + s3);
  }
}
