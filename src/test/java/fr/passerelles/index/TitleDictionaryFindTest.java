package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.testing.Gen;
import fr.passerelles.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link TitleDictionary#find} tries only the names whose second term stands next: it must find
 * the very hits, in the same order, as trying every name of the first term in turn.
 */
class TitleDictionaryFindTest {
  private static final String[] WORDS = {"agent", "accueil", "chef", "equipe", "porc", "conseiller", "client"};

  @Test
  void finds_what_a_walk_over_every_name_of_the_first_term_finds() {
    PropertyCheck.forAll("finds what a walk over every name of the first term finds", 300, Gen.longs(),
        TitleDictionaryFindTest::findsWhatTheWalkFinds);
  }

  private static void findsWhatTheWalkFinds(long seed) {
    Random random = new Random(seed);
    Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
    for (int sheet = 0; sheet < 1 + random.nextInt(6); sheet++) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int k = 0; k < 1 + random.nextInt(6); k++) {
        String key = String.join(" ", words(random, 1 + random.nextInt(4)));
        m.put(key, key.toUpperCase());
      }
      names.put(sheet * 3, m);
    }
    List<Set<String>> positions = new ArrayList<>();
    for (int p = 0; p < random.nextInt(12); p++) {
      positions.add(new LinkedHashSet<>(words(random, 1 + random.nextInt(2))));
    }
    assertEquals(reference(names, positions), shown(TitleDictionary.of(names).find(positions)));
  }

  private static List<String> words(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return out;
  }

  private static List<String> shown(List<TitleDictionary.Hit> hits) {
    return hits.stream().map(h -> h.start() + "-" + h.end() + " " + h.name() + " " + Arrays.toString(h.terms()) + " " + h.sheets())
        .toList();
  }

  /** Every name of each first term in turn, in the dictionary's order; the maximal hits kept. */
  private static List<String> reference(Map<Integer, Map<String, String>> names, List<Set<String>> positions) {
    Map<String, List<Integer>> sheetsByKey = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    names.forEach((doc, m) -> m.forEach((key, label) -> {
      List<Integer> docs = sheetsByKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (!docs.contains(doc)) {
        docs.add(doc);
      }
      labels.putIfAbsent(key, label);
    }));
    List<int[]> found = new ArrayList<>(); // start, length
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      for (String first : positions.get(i)) {
        for (String key : sheetsByKey.keySet()) {
          String[] terms = key.split(" ");
          if (!terms[0].equals(first) || i + terms.length > positions.size()) {
            continue;
          }
          boolean all = true;
          for (int k = 1; k < terms.length; k++) {
            all &= positions.get(i + k).contains(terms[k]);
          }
          if (all) {
            found.add(new int[] {i, terms.length});
            keys.add(key);
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int h = 0; h < found.size(); h++) {
      int start = found.get(h)[0];
      int length = found.get(h)[1];
      boolean inside = false;
      for (int o = 0; o < found.size(); o++) {
        inside |= o != h && found.get(o)[1] > length && found.get(o)[0] <= start
            && found.get(o)[0] + found.get(o)[1] >= start + length;
      }
      if (!inside) {
        String key = keys.get(h);
        out.add(start + "-" + (start + length) + " " + labels.get(key) + " " + Arrays.toString(key.split(" ")) + " "
            + sheetsByKey.get(key));
      }
    }
    return out;
  }
}
