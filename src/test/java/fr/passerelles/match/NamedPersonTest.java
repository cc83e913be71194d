package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text before a title, as third-party and written texts have it (session 28's probe over 4,081 texts). */
class NamedPersonTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "[Témoignage] Nicolas, ",
    "Aujourd’hui Nicolas, 23 ans, ",
    "Dans la vie Lionel est ",
    "Mr Patrick Gillet, ",
    "Mme Françoise, ",
    "Cette semaine, j’ai rencontré Alexandre, ",
    "Je m'appelle Malek, ",
    "Chez Renault, Vincent Roussel est ",
    "Portrait pro #14 Antoine, ",
    "Témoignage – Élodie, 31 ans, ",
    // a portrait's headline puts its subject after a preposition
    "Rencontre avec Emmanuelle Moya, ",
    "Une journée avec Alexia, ",
    "Interview de Guylaine Leroutier, ",
    "Pour l’occasion, faites connaissance avec Rémi, ",
    // the elided preposition is glued to the name; a journalist's asterisk marks a changed name
    "À la rencontre d’Aurélia, ",
    "Portrait d'Antoine, ",
    "Steve*, ",
    // a first name the lexicon lacks, with a surname it lacks too
    "La parole à … Naïa Emparan, ",
  })
  void a_person_named_before_their_job(String before) {
    assertTrue(NamedPerson.endsOnName(before), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // employers and contracts on a CV's experience lines, organisations, job nouns
    "2015 – 2019 : Cabinet Darrieux, ",
    "2010 – 2014 – Assistance Galerne, ",
    "2021 – 2023 – Alternance, ",
    "Le Groupe Mutavie, ",
    "2018 – 2021 : Naked Groupe, ",
    "Emparan, ",
    "Coiffeur, ",
    "Le poste est ",
    // someone the text meets, not its subject
    "1. Un échange téléphonique avec Claire, ",
    "Elle travaille en binôme avec le Dr Lemaire, ",
    "La formation se fait en magasin avec Sophie, ",
    "Les dossiers sont validés avec l'aide d'Élodie, ",
    // pronouns and words
    "Sous la responsabilité du directeur, il est ",
    "Elle est ",
  })
  void no_person_named_before_the_title(String before) {
    assertFalse(NamedPerson.endsOnName(before), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Claire", "Nicolas", "Jean-Pierre", "Guylaine"})
  void first_names_are_the_lexicons_gendered_proper_nouns(String word) {
    assertTrue(NamedPerson.firstName(word), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Paris", "Renault", "Cabinet", "Groupe", "Alternance"})
  void places_firms_and_common_nouns_are_no_first_names(String word) {
    assertFalse(NamedPerson.firstName(word), word);
  }
}
