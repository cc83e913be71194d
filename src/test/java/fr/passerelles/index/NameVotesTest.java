package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The look-alikes an unknown word borrows in the neighbours signal. */
class NameVotesTest {
  private static NameVotes votes(String... words) {
    List<String[]> names = java.util.Arrays.stream(words).map(w -> new String[] {w}).toList();
    List<int[]> sheets = java.util.stream.IntStream.range(0, words.length).mapToObj(i -> new int[] {i}).toList();
    return new NameVotes(names, sheets);
  }

  @Test
  void an_unknown_word_borrows_the_known_words_with_its_longest_ending_or_beginning() {
    NameVotes v = votes("arboriculteur", "viticulteur", "psychotherapeute", "hypnose");
    assertEquals(List.of("psychotherapeute"), v.lookAlikes("hypnotherapeute"));
    // "iculteur" (8 letters) is shared with both cultivators
    assertEquals(List.of("arboriculteur", "viticulteur"), v.lookAlikes("pruniculteur"));
  }

  @Test
  void a_short_or_common_ending_borrows_nothing() {
    NameVotes v = votes("conducteur", "producteur", "introducteur", "reducteur", "traducteur", "educteur");
    assertEquals(List.of(), v.lookAlikes("harpiste"), "no 8 letters shared");
    // "ructeur" ("introducteur") is 7 letters: under the bound
    assertEquals(List.of(), v.lookAlikes("constructeur"));
  }

  @Test
  void more_than_five_equal_look_alikes_are_a_suffix_not_a_stem() {
    NameVotes v = votes("arboriculteur", "viticulteur", "apiculteur", "aviculteur", "sylviculteur", "heliciculteur");
    assertEquals(List.of(), v.lookAlikes("pruniculteur"));
  }
}
