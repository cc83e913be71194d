package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.analysis.FrenchLexicon;
import morfologik.stemming.DictionaryLookup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ROME's definition style told from people's writing, on the evidence set's texts (ROME
 * definitions as released, ads and CVs written for the set) and on single lines.
 */
class DefinitionStyleTest {
  static TextMatcher reader;

  @BeforeAll
  static void open() {
    reader = EvidenceSetTexts.reader();
  }

  private static double share(String text) {
    return DefinitionStyle.share(reader.understand(text));
  }

  private static String text(String name) {
    return EvidenceSetTexts.text(name);
  }

  private static boolean opensOnAVerb(String line) {
    return DefinitionStyle.opensOnAVerb(new DictionaryLookup(FrenchLexicon.dictionary()), line);
  }

  @Test
  void aRomeDefinitionOpensItsLinesOnAVerb() {
    String definition = text("rome-A1206");
    assertTrue(share(definition) >= 0.4, "a ROME definition as released: " + share(definition));
    assertFalse(DefinitionStyle.plain(reader.understand(definition), 0.3));
  }

  @Test
  void adsAndCvsAreNotInRomesStyle() {
    for (String name : new String[] {"ad-cariste", "ad-boulanger", "ad-agent-accueil-mairie"}) {
      String ad = text(name);
      assertTrue(share(ad) < 0.2, name + ": " + share(ad));
      assertTrue(DefinitionStyle.plain(reader.understand(ad), 0.3), name);
    }
  }

  @Test
  void theOpeningVerbIsReadInTheThirdPersonWithoutASubject() {
    assertTrue(opensOnAVerb("Réalise les opérations de maintenance préventive."));
    assertTrue(opensOnAVerb("- Peut coordonner une équipe."));
    assertFalse(opensOnAVerb("Je réalise les opérations de maintenance."), "a person speaks");
    assertFalse(opensOnAVerb("Réaliser les opérations de maintenance."), "an ad's infinitive");
    assertFalse(opensOnAVerb("Gestion des réclamations clients."), "a CV's noun");
    assertFalse(opensOnAVerb("réalise les opérations"), "not a sentence's opening");
  }

  @Test
  void aWordThatIsAlsoANounCountsOnlyBeforeWhatFollowsAVerb() {
    assertTrue(opensOnAVerb("Contrôle la conformité des produits."));
    assertFalse(opensOnAVerb("Contrôle des commandes et mise en rayon."));
  }

  @Test
  void aLineTypedAloneIsInNobodysStyle() {
    var title = reader.understand("Agent de propreté urbaine");
    assertEquals(1, title.segments().size());
    assertFalse(DefinitionStyle.plain(title, 0.3), "a title or a query, not a text");
  }
}
