package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass selection of the sheets nearest a line against its definition, a sort and a cut. */
class MatcherTest {
  @Test
  void firstOf_is_the_sorted_entries_cut_at_n() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      Map<String, Double> near = new HashMap<>();
      int size = random.nextInt(60);
      for (int i = 0; i < size; i++) {
        // few distinct values, so ties are broken by the id
        near.put(String.format(java.util.Locale.ROOT, "S%03d", random.nextInt(500)), random.nextInt(6) / 5.0);
      }
      for (int n : new int[] {0, 1, 3, Matcher.NEAR_CANDIDATES, 100}) {
        List<String> expected = near.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey())).limit(n).map(Map.Entry::getKey).toList();
        assertEquals(expected, Matcher.firstOf(near, n), "n = " + n + " of " + near);
      }
    }
  }
}
