package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmaGuesserTest {

  private final LemmaGuesser lemmas = new LemmaGuesser();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // first group: infinitive, present, participle, gerund, job-ad "vous" form
    "gérer, gérer",
    "gère, gérer",
    "gèrent, gérer",
    "Géré, gérer",
    "organisées, organiser",
    "organisez, organiser",
    "maîtrisant, maîtriser",
    "identifie, identifier",
    "vérifié, vérifier",
    "procède, procéder",
    "complète, compléter",
    "mène, mener",
    "relève, relever",
    "réceptionne, réceptionner",
    "encadre, encadrer",
    "crée, créer",
    "créée, créer",
    // second group
    "choisit, choisir",
    "saisit, saisir",
    "définissent, définir",
    "fournit, fournir",
    // irregular verbs of the job sheets
    "prend, prendre",
    "prenez, prendre",
    "transmet, transmettre",
    "mis, mettre",
    "suit, suivre",
    "tient, tenir",
    "maintient, maintenir",
    "reçoit, recevoir",
    "conduit, conduire",
    "répond, répondre",
    "accueille, accueillir",
    "ouvre, ouvrir",
    "décrit, décrire",
    "ai, avoir",
    "connaitre, connaitre"
  })
  void guesses_the_infinitive(String form, String lemma) {
    assertEquals(lemma, lemmas.verbLemma(form));
  }

  @ParameterizedTest(name = "{0} → {1} (known limitation)")
  @CsvSource({"achète, achéter", "dit, dit"})
  void known_limitation_misses_some_irregular_stems(String form, String lemma) {
    assertEquals(lemma, lemmas.verbLemma(form));
  }
}
