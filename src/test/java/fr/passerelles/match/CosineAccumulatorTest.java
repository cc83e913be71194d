package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The sort key of a span's terms: a float's order as an int, so no boxed comparator is needed. */
class CosineAccumulatorTest {
  @Test
  void sortable_orders_floats_as_Float_compare() {
    float[] values = {-Float.MAX_VALUE, -3.5f, -1f, -Float.MIN_VALUE, -0f, 0f, Float.MIN_VALUE, 0.04f, 1f, 1.0000001f,
        12.25f, Float.MAX_VALUE, Float.POSITIVE_INFINITY};
    for (float a : values) {
      for (float b : values) {
        assertEquals(Integer.signum(Float.compare(a, b)),
            Integer.signum(Integer.compare(CosineAccumulator.sortable(a), CosineAccumulator.sortable(b))), a + " vs " + b);
      }
    }
  }
}
