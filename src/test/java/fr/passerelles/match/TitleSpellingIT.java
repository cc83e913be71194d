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

  @Test
  void a_counted_team_in_a_short_line_is_other_peoples_job() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // short enough to be compared with the names as a title, but the title is the team's
    SheetMatch d1408 = sheet(rome("Encadrement d'une équipe de 14 conseillers clientèle à distance"), "D1408");
    assertTrue(d1408 == null || d1408.recognizedTitle() == null, String.valueOf(d1408));
  }

  @Test
  void the_job_an_employer_line_recruits_for_is_the_posted_title() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    String ad = """
        GROUPEMENT HOSPITALIER DE TERRITOIRE DU LITTORAL
        La direction des achats mutualisés recrute un(e) Acheteur(se) – Catégorie A – Titulaire ou contractuel
        Missions :
        Analyser les besoins des établissements et conduire les consultations.
        """;
    SheetMatch m1101 = sheet(rome(ad), "M1101");
    assertNotNull(m1101);
    assertNotNull(m1101.recognizedTitle(), m1101.toString());
    assertTrue(m1101.recognizedTitle().segment().text().contains("recrute"), m1101.recognizedTitle().toString());
  }

  @Test
  void a_name_line_carries_its_headline_after_a_dash_but_the_name_is_no_title() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    String cv = """
        Sandrine Moreau – Comptable – sandrine.moreau@mail.fr – 06 12 48 73 90
        Depuis 2020 : Transports Girard
        - Tenue de la comptabilité générale, rapprochements bancaires
        """;
    SheetMatch m1203 = sheet(rome(cv), "M1203");
    assertNotNull(m1203);
    assertNotNull(m1203.recognizedTitle(), m1203.toString());
    assertTrue(m1203.recognizedTitle().segment().text().startsWith("Sandrine Moreau"), m1203.recognizedTitle().toString());
    String named = """
        BOULANGER Paul – paul.boulanger@mail.fr – 06 12 48 73 90
        Depuis 2020 : Transports Girard
        - Tenue de la comptabilité générale, rapprochements bancaires
        """;
    assertTrue(rome(named).stream().noneMatch(m -> m.recognizedTitle() != null
        && m.recognizedTitle().segment().text().startsWith("BOULANGER")), rome(named).toString());
  }
}
