package fr.passerelles.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeminineFormsTest {

  @ParameterizedTest
  @CsvSource({
    "chargé, e",
    "CHARGE, E",
    "chargé, es",
    "chargé, é",
    "un, e",
    "infirmier, e",
    "technicien, ne",
    "technicien, nes",
    "opérationnel, le",
    "administratif, ve",
    "chef, fe",
    "animateur, trice",
    "animateur, rice",
    "régulateur, trices",
    "superviseur, euse",
    "vendeur, se",
    "heureux, se",
    "infirmier, ère",
    "conseiller, ère",
    "infirmier, ière",
    "hôte, sse",
    "muet, te",
  })
  void accepts_a_feminine_ending_that_fits_the_word(String word, String mark) {
    assertTrue(FeminineForms.isFeminineEnding(word, mark), word + "(" + mark + ")");
  }

  @ParameterizedTest
  @CsvSource({
    "donne, le",
    "client, ne",
    "habitation, trice",
    "assistant, trice",
    "chargé, trice",
    "animateur, ve",
    "client, bénéficiaire",
    "et, ou",
    "chargé, s",
    "a, e",
    "dis, le",
  })
  void rejects_a_mark_that_does_not_fit_the_word(String word, String mark) {
    assertFalse(FeminineForms.isFeminineEnding(word, mark), word + "(" + mark + ")");
  }

  @ParameterizedTest
  @CsvSource({
    "chargé, chargée",
    "Chargé, Chargée",
    "superviseur, superviseuse",
    "animateur, animatrice",
    "régulateur, régulatrice",
    "technicien, technicienne",
    "opérationnel, opérationnelle",
    "infirmier, infirmière",
    "administratif, administrative",
    "hôte, hôtesse",
    "heureux, heureuse",
    "chargés, chargées",
    "techniciens, techniciennes",
    "heureux, heureuses",
    "il, elle",
    "ils, elles",
    "le, la",
    "un, une",
  })
  void recognises_the_feminine_of_a_masculine(String masculine, String feminine) {
    assertTrue(FeminineForms.isFeminineOf(masculine, feminine));
  }

  @ParameterizedTest
  @CsvSource({
    "client, bénéficiaire",
    "chargée, chargé",
    "intérieur, extérieur",
    "et, ou",
    "planificateur, prévisionniste",
    "chargé, chargé",
    "secrétaire, assistant",
    "chargé, chargées",
  })
  void rejects_pairs_that_are_not_masculine_then_feminine(String left, String right) {
    assertFalse(FeminineForms.isFeminineOf(left, right));
  }

  @ParameterizedTest
  @CsvSource({"plateau, x", "lieu, x", "domaine, s", "supervisé, s"})
  void accepts_plural_marks(String word, String mark) {
    assertTrue(FeminineForms.isPluralEnding(word, mark));
  }

  @ParameterizedTest
  @CsvSource({"client, x", "domaine, e", "domaine, es"})
  void rejects_plural_marks_that_do_not_fit(String word, String mark) {
    assertFalse(FeminineForms.isPluralEnding(word, mark));
  }
}
