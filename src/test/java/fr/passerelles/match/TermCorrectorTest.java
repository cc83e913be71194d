package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TermCorrectorTest {
  private static boolean name(String text, String word) {
    int at = text.indexOf(word);
    return TermCorrector.properNoun(new TextSpan(0, text.length(), text), new TextSpan(at, at + word.length(), word));
  }

  @Test
  void a_capital_after_a_word_or_a_comma_is_a_name() {
    assertTrue(name("Conducteur PL – Livraisons régionales – Transports Morel", "Morel"));
    assertTrue(name("Secrétaire chez Durand, Lyon", "Lyon"));
    assertTrue(name("embauchée par\u00a0Girardin en 2019", "Girardin"));
  }

  @Test
  void a_capital_that_starts_the_text_a_line_or_a_sentence_may_be_a_typo() {
    assertFalse(name("Assitante de régulation médicale", "Assitante"));
    assertFalse(name("Mes missions\nAssitance aux clients", "Assitance"));
    assertFalse(name("Poste en CDI. Assitance aux clients", "Assitance"));
    assertFalse(name("2019 – Assitante de direction", "Assitante"));
    assertFalse(name("Missions : Rapatriment des blessés", "Rapatriment"));
  }

  @Test
  void a_lower_case_word_is_never_a_name() {
    assertFalse(name("les transports morel", "morel"));
  }
}
