package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Matching with the full ROME release indexed (skipped when the release folder is absent). */
class RomeMatchIT {
  static Passerelles engine;

  @BeforeAll
  static void open() {
    assumeTrue(TestEngine.withRome(), "no ROME release at " + System.getProperty("rome.dir", "../shared/data/rome"));
    engine = TestEngine.get(); // the shared engine of the test JVM
  }

  private static List<String> top(String text, SheetType type, int n) {
    return engine.textMatcher().match(text, new MatchOptions(n, type, null, 3)).matches().stream().map(SheetMatch::id).toList();
  }

  @Test
  void indexes_every_rome_sheet_and_every_branch_metier() {
    assertEquals(1584 + 39 + 10, engine.indexes().sheets().getIndexReader().numDocs());
  }

  @Test
  void a_job_outside_the_branch_is_found_among_rome_sheets() {
    assertEquals("D1102", top("Boulanger, je prépare le pain et les viennoiseries au fournil dès 4 heures", SheetType.ROME, 3).get(0));
  }

  @Test
  void a_one_page_charge_d_assistance_cv_finds_0102_and_its_rome_sheet() throws Exception {
    String cv = Files.readString(Path.of("src/test/resources/bench/cv-one-page.txt"), StandardCharsets.UTF_8);
    assertTrue(top(cv, SheetType.BRANCH, 3).contains("0102"), top(cv, SheetType.BRANCH, 3).toString());
    assertTrue(top(cv, SheetType.ROME, 10).contains("D1408"), top(cv, SheetType.ROME, 10).toString());
  }

  @Test
  void a_metier_the_seeds_only_name_borrows_its_rome_text_and_says_so() {
    SheetMatch compta = engine.textMatcher().match(
        "Je passe les écritures comptables, fais les rapprochements bancaires et prépare la clôture mensuelle",
        new MatchOptions(5, SheetType.BRANCH, null, 3)).matches().get(0);
    assertEquals("0903", compta.id());
    assertEquals(List.of("M1203"), compta.borrowedFrom());
    assertTrue(compta.evidence().stream().allMatch(e -> e.itemId().startsWith("ogr-") || e.itemId().startsWith("M1203-")));
  }

  @Test
  void evidence_scoring_over_the_rome_items_equals_a_brute_force_cosine() {
    int compared = CosineAccumulatorIT.assertSameAsBruteForce(engine, CosineAccumulatorIT.LINES);
    assertTrue(compared > 500, "hits compared: " + compared);
  }

  @Test
  void a_job_title_is_recognised_among_the_appellations_and_leads() {
    MatchResult r = engine.textMatcher().match("Conseillère clientèle à distance (F/H) – CDI",
        new MatchOptions(3, SheetType.ROME, null, 3));
    SheetMatch first = r.matches().get(0);
    assertEquals("D1408", first.id());
    assertTrue(first.recognizedTitle() != null && first.titleScore() > 0.5, String.valueOf(first.recognizedTitle()));
  }

  @Test
  void the_employer_field_and_the_boilerplate_do_not_decide() {
    String ad = """
        Développeur web (F/H)
        Notre ministère de la Justice, acteur public, compte plus de 80 000 agents et des juridictions sur tout le territoire.
        Vos missions :
        - Vous développez les applications web et leurs interfaces en JavaScript.
        - Vous écrivez les tests et corrigez les anomalies.
        Emploi permanent, ouvert aux contractuels, catégorie A. Poste à pourvoir immédiatement.
        Pour postuler, envoyez CV et lettre de motivation.
        """;
    MatchResult r = engine.textMatcher().match(ad, new MatchOptions(3, SheetType.ROME, null, 8));
    List<String> top = r.matches().stream().map(SheetMatch::id).toList();
    assertTrue(top.stream().noneMatch(id -> id.startsWith("K19") || id.startsWith("K18")), top.toString());
    for (SheetMatch m : r.matches()) {
      for (Evidence e : m.evidence()) {
        assertTrue(!e.segment().text().contains("ministère") && !e.segment().text().contains("postuler"),
            "boilerplate evidence: " + e.segment().text());
      }
    }
  }

  @Test
  void boilerplate_alone_is_no_confident_match() {
    MatchResult r = engine.textMatcher().match(
        "CDI, temps plein, salaire selon profil, tickets restaurant et mutuelle. Pour postuler, envoyez CV et lettre de motivation.",
        new MatchOptions(3, SheetType.ROME, null, 3));
    assertTrue(!r.confident(), r.matches().toString());
    MatchResult clear = engine.textMatcher().match(
        "Boulanger, je prépare le pain et les viennoiseries au fournil dès 4 heures",
        new MatchOptions(3, SheetType.ROME, null, 3));
    assertTrue(clear.confident());
    // boilerplate terms are left out of the query: nothing may be left to rank at all
    assertTrue(r.matches().isEmpty() || clear.matches().get(0).score() > r.matches().get(0).score());
  }
}
