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
  void a_name_that_is_the_line_outvotes_several_that_share_its_words() {
    TitleDictionary.Nearness near = dictionary().nearness();
    near.addLine(line("eleveur", "porc"), 1);
    Map<Integer, Double> best = near.bySheet();
    Map<Integer, Double> neighbours = near.neighboursBySheet();
    assertEquals(1.0, best.get(1), 1e-9, "the line is one of sheet 1's names");
    assertTrue(best.get(0) < best.get(1), best.toString());
    assertEquals(1.0, neighbours.get(1), 1e-9);
    assertTrue(neighbours.get(0) < 0.8, neighbours.toString());
  }

  @Test
  void several_near_names_outvote_one_as_near() {
    Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
    names.put(0, names("eleveur porc naisseur", "eleveur porc engraisseur", "eleveur porc plein air"));
    names.put(1, names("eleveur porc bio", "cuisinier"));
    names.put(2, names("boucher"));
    TitleDictionary.Nearness near = TitleDictionary.of(names).nearness();
    near.addLine(line("eleveur", "porc", "fermier"), 1);
    Map<Integer, Double> neighbours = near.neighboursBySheet();
    assertTrue(neighbours.get(0) > neighbours.get(1), neighbours.toString());
  }

  @Test
  void the_neighbours_signal_keeps_each_sheets_best_line_by_its_factor() {
    TitleDictionary.Nearness full = dictionary().nearness();
    full.addLine(line("eleveur", "porc"), 1);
    TitleDictionary.Nearness both = dictionary().nearness();
    both.addLine(line("eleveur", "porc"), 0.5);
    both.addLine(line("boucher"), 0.8);
    Map<Integer, Double> neighbours = both.neighboursBySheet();
    // sheet 0 is reached by the first line only, at half its weight
    assertEquals(full.neighboursBySheet().get(0) / 2, neighbours.get(0), 1e-9);
    // sheet 1: its name "eleveur porc" at 0.5 from the first line, "boucher" at 0.8 from the second
    assertEquals(0.8, neighbours.get(1), 1e-9);
  }

  @Test
  void the_neighbours_signal_meets_a_derived_word_by_its_beginning() {
    Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
    names.put(0, names("documentaliste", "veilleur information"));
    names.put(1, names("gestionnaire paie", "gestionnaire assurance"));
    for (String other : List.of("stock", "locatif", "sinistre", "contrat")) {
      names.put(names.size(), names("gestionnaire " + other));
    }
    TitleDictionary.Nearness near = TitleDictionary.of(names).nearness();
    near.addLine(line("gestionnaire", "documentation"), 1);
    assertTrue(near.bySheet().get(0) == null, "whole words: documentation is no name's");
    Map<Integer, Double> neighbours = near.neighboursBySheet();
    assertTrue(neighbours.get(0) > neighbours.get(1), neighbours.toString());
  }

  @Test
  void an_unknown_word_borrows_a_known_word_with_the_same_long_ending() {
    Map<Integer, Map<String, String>> names = new LinkedHashMap<>();
    names.put(0, names("arboriculteur", "producteur fruit"));
    names.put(1, names("cultivateur", "producteur legume"));
    TitleDictionary.Nearness near = TitleDictionary.of(names).nearness();
    near.addLine(line("pruniculteur"), 1);
    assertTrue(near.bySheet().isEmpty(), near.bySheet().toString());
    Map<Integer, Double> neighbours = near.neighboursBySheet();
    assertTrue(neighbours.get(0) > 0, neighbours.toString());
    assertTrue(neighbours.get(1) == null, "'cultivateur' shares 'teur' only: " + neighbours);
  }
}
