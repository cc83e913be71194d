package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A text's voice where it states tasks, read on the evidence set's texts and ROME's own sentences. */
class TextVoiceTest {
  static TextMatcher reader;

  @BeforeAll
  static void open() {
    reader = EvidenceSetTexts.reader();
  }

  private static boolean personal(String text) {
    return TextVoice.personal(reader.understand(text));
  }

  private static String text(String name) {
    return EvidenceSetTexts.text(name);
  }

  @Test
  void romesOwnSentencesAreImpersonal() {
    assertFalse(personal(text("rome-A1206")), "a ROME definition as released");
  }

  @Test
  void anAdAddressesItsReaderAndAPersonSpeaksOfThemselves() {
    assertTrue(personal("Vous accueillez les usagers et vous gérez les réservations de salles."));
    assertTrue(personal("J'accueille les usagers et je gère les réservations de salles."));
    assertFalse(personal("Accueille les usagers et gère les réservations de salles."));
  }

  @Test
  void anApplicationLinesVousDoesNotCount() {
    // the task line is impersonal; "vous" stands only in how to apply, which is no task
    assertFalse(personal("""
        Missions : accueil des usagers, gestion des réservations de salles.
        Pour postuler, envoyez votre CV et votre lettre de motivation avant le 30 juin.
        """));
  }

  @Test
  void anEmployersNousAndARendezVousAreNoPersonsVoice() {
    assertFalse(personal("Tous nos postes sont ouverts aux personnes en situation de handicap."));
    assertFalse(personal("Gère les rendez-vous et l'organisation quotidienne du salon."));
    assertTrue(personal("Je gère les rendez-vous du salon."));
  }
}
