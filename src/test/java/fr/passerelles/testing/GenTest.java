package fr.passerelles.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The generators reach what the library they replace reached: bounds, edge cases, every kind of char. */
class GenTest {
  private final SplittableRandom random = new SplittableRandom(1);

  @Test
  void any_string_reaches_empty_and_full_lengths_controls_surrogates_pairs_and_specials() {
    int empty = 0;
    int full = 0;
    int control = 0;
    int surrogate = 0;
    int pair = 0;
    int ascii = 0;
    int cjk = 0;
    Gen<String> strings = Unicode.anyString(0, 300);
    for (int i = 0; i < 2_000; i++) {
      String s = strings.next(random);
      empty += s.isEmpty() ? 1 : 0;
      full += s.length() == 300 ? 1 : 0;
      control += s.chars().anyMatch(Character::isISOControl) ? 1 : 0;
      surrogate += s.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? 1 : 0;
      pair += s.codePoints().anyMatch(Character::isSupplementaryCodePoint) ? 1 : 0;
      ascii += s.chars().anyMatch(c -> c >= 'a' && c <= 'z') ? 1 : 0;
      cjk += s.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff) ? 1 : 0;
    }
    String counts = List.of(empty, full, control, surrogate, pair, ascii, cjk).toString();
    assertTrue(empty > 20 && full > 20 && control > 500 && surrogate > 500 && pair > 5 && ascii > 500 && cjk > 500, counts);
  }

  @Test
  void lists_and_strings_hit_both_bounds_and_stay_within() {
    Set<Integer> sizes = new HashSet<>();
    Gen<List<Integer>> lists = Gen.ints(3, 7).list(1, 25);
    for (int i = 0; i < 2_000; i++) {
      List<Integer> l = lists.next(random);
      sizes.add(l.size());
      assertTrue(l.stream().allMatch(x -> x >= 3 && x <= 7), l.toString());
    }
    assertEquals(25, sizes.size(), sizes.toString());
    Set<String> edges = new HashSet<>();
    Gen<String> strings = Unicode.stringsOf("ab", 0, 2);
    for (int i = 0; i < 500; i++) {
      edges.add(strings.next(random));
    }
    assertEquals(Set.of("", "a", "b", "aa", "ab", "ba", "bb"), edges);
  }

  @Test
  void frequency_follows_the_weights_and_edge_cases_come_about_once_in_sixteen() {
    Gen<String> weighted = Gen.frequency(Gen.weight(9, Gen.of("often")), Gen.weight(1, Gen.of("rarely")));
    int rarely = 0;
    int edges = 0;
    Gen<Long> longs = Gen.longs();
    for (int i = 0; i < 16_000; i++) {
      rarely += weighted.next(random).equals("rarely") ? 1 : 0;
      long x = longs.next(random);
      edges += x == 0 || x == 1 || x == -1 || x == Long.MIN_VALUE || x == Long.MAX_VALUE ? 1 : 0;
    }
    assertTrue(rarely > 1_400 && rarely < 1_800, rarely + " of 16000");
    assertTrue(edges > 800 && edges < 1_200, edges + " of 16000");
  }
}
