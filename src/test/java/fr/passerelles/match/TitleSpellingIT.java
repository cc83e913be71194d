package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Job-board spellings of ROME titles, and titles a sentence gives to other people, on the full release. */
class TitleSpellingIT {
  private static List<SheetMatch> rome(String text) {
    return TestEngine.get().textMatcher().match(text, MatchOptions.DEFAULT.withLimit(20).withType(SheetType.ROME)).matches();
  }

  private static SheetMatch sheet(List<SheetMatch> ranked, String id) {
    return ranked.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void a_welded_compound_and_the_second_name_of_an_appellation_are_recognised() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // M1855's appellation reads "Développeur / Développeuse full-stack"
    SheetMatch dev = sheet(rome("Développeuse Fullstack confirmée – CDI"), "M1855");
    assertNotNull(dev);
    assertNotNull(dev.recognizedTitle(), dev.toString());
    // M1707's reads "Responsable développement / Business Developer"
    List<SheetMatch> bizdev = rome("Business Developer – éditeur de logiciels");
    assertEquals("M1707", bizdev.get(0).id(), bizdev.toString());
  }

  @Test
  void a_title_in_the_plural_inside_a_sentence_is_other_peoples_job() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    String text = "Vous coordonnez les interventions et travaillez en lien étroit avec les conseillers clientèle à distance.";
    SheetMatch d1408 = sheet(rome(text), "D1408");
    assertTrue(d1408 == null || d1408.recognizedTitle() == null, String.valueOf(d1408));
    // the same title opening a line is the job the text is about
    SheetMatch named = sheet(rome("Conseiller clientèle à distance : vous traitez les appels entrants."), "D1408");
    assertNotNull(named);
    assertNotNull(named.recognizedTitle());
  }
}
