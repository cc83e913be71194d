package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The nearness of a short line to the names, per sheet: the best name and the three nearest. */
class TitleDictionaryTest {
  /** Names as the index chain writes them (lower case, accents folded), after A1411 and a butcher's sheet. */
  private static TitleDictionary dictionary() {
    Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
    names.put(0, names("eleveur porc naisseur", "engraisseur porc", "chef elevage porc"));
    names.put(1, names("eleveur porc", "cuisinier", "boucher"));
    return TitleDictionary.of(names);
  }

  private static Map<String, String> names(String... keys) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : keys) {
      m.put(k, k);
    }
    return m;
  }

  private static List<Set<String>> line(String... terms) {
    return java.util.Arrays.stream(terms).map(Set::of).toList();
  }

  @Test
  void several_near_names_outweigh_one_exact_name_in_the_neighbours_signal() {
    TitleDictionary.Nearness near = dictionary().nearness();
    near.addLine(line("eleveur", "porc"), 1);
    Map<Integer, Double> best = near.bySheet();
    Map<Integer, Double> neighbours = near.neighboursBySheet();
    assertEquals(1.0, best.get(1), 1e-9, "the line is one of sheet 1's names");
    assertTrue(best.get(0) < best.get(1), best.toString());
    // sheet 1 has one near name: the two others share nothing with the line and count 0
    assertEquals(1.0 / 3, neighbours.get(1), 1e-9);
    assertTrue(neighbours.get(0) > neighbours.get(1), neighbours.toString());
  }

  @Test
  void the_neighbours_signal_keeps_each_sheets_best_line_by_its_factor() {
    TitleDictionary.Nearness full = dictionary().nearness();
    full.addLine(line("eleveur", "porc"), 1);
    TitleDictionary.Nearness both = dictionary().nearness();
    both.addLine(line("eleveur", "porc"), 0.5);
    both.addLine(line("boucher"), 1);
    Map<Integer, Double> neighbours = both.neighboursBySheet();
    // sheet 0 is reached by the first line only, at half its weight
    assertEquals(full.neighboursBySheet().get(0) / 2, neighbours.get(0), 1e-9);
    // sheet 1: (0.5 + 0 + 0) / 3 from the first line, (1 + 0 + 0) / 3 from the second: the best stays
    assertEquals(1.0 / 3, neighbours.get(1), 1e-9);
  }

  @Test
  void a_names_head_opens_the_names_of_its_sheets_and_is_no_name_of_their_kind() {
    Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
    names.put(0, names("electricien batiment", "electricien installateur"));
    names.put(1, names("electricien maintenance"));
    names.put(2, names("electricien")); // a branch métier's other name
    names.put(3, names("eleveur porc", "eleveur"));
    TitleDictionary titles = TitleDictionary.of(names, Map.of(0, "rome", 1, "rome", 2, "branch", 3, "rome"));
    List<TitleDictionary.Hit> heads = titles.headsAt(line("steve", "electricien", "construction"), 1);
    // one hit per sheet, the first of its names the head opens; the branch's own name is no head of the ROME names
    assertEquals(List.of("electricien batiment [0]", "electricien maintenance [1]"),
        heads.stream().map(h -> h.name() + " " + h.sheets()).toList());
    assertTrue(heads.stream().allMatch(h -> h.start() == 1 && h.end() == 2));
    // a head that is a name of its own kind is a name, not a head
    assertTrue(titles.headsAt(line("eleveur"), 0).isEmpty());
    assertTrue(titles.headsAt(line("construction"), 0).isEmpty());
    assertTrue(titles.opensHead(Set.of("chauffeur", "electricien")));
    assertTrue(!titles.opensHead(Set.of("construction")) && !titles.opensHead(Set.of("eleveur")));
  }
}
