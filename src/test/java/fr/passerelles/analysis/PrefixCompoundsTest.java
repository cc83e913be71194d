package fr.passerelles.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prefixed words read as the phrase the prefix stands for, the base checked in the lexicon. */
class PrefixCompoundsTest {

  @Test
  void tele_reads_as_at_a_distance_or_by_phone() {
    assertEquals(List.of("vente à distance", "vente par téléphone"), PrefixCompounds.paraphrases("télévente"));
    assertEquals(List.of("vente à distance", "vente par téléphone"), PrefixCompounds.paraphrases("Televente"));
    assertEquals(List.of("conseiller à distance", "conseiller par téléphone"), PrefixCompounds.paraphrases("téléconseiller"));
  }

  @Test
  void multi_reads_as_several() {
    assertEquals(List.of("plusieurs tâche"), PrefixCompounds.paraphrases("multitâche"));
    assertEquals(List.of("plusieurs tâches"), PrefixCompounds.paraphrases("multi-tâches"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      téléphonique | phonique is an adjective, no noun
      télé         | nothing after the prefix
      multiple     | ple is no noun of four letters
      vente        | no prefix
      télézzzz     | zzzz is not in the lexicon
      """)
  void gives_nothing_for_a_word_that_is_no_such_compound(String word, String why) {
    assertEquals(List.of(), PrefixCompounds.paraphrases(word), why);
  }
}
