package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The branch affinity (the latent nearness of the branch métiers against every sheet) and the
 * branch answer's second confidence floor: a text about another trade gets no confident branch
 * answer, one about an assistance plateau keeps it (docs/quality.md, "A branch answer's confidence:
 * how near the branch the text is").
 */
class BranchAffinityIT {
  static Passerelles engine;

  /** A mason's CV, also pasted on the page by {@code WebPageExperienceIT}. */
  static final String MASON = resource("/web/cv-macon.txt");

  static final String PLATEAU = """
      Chargée d'assistance, plateau automobile
      Depuis quatre ans je travaille sur le plateau d'assistance automobile d'une mutuelle. Je reçois les
      appels des assurés en panne ou accidentés, je vérifie leurs garanties au contrat, j'organise le
      remorquage par un dépanneur de notre réseau, le véhicule de remplacement, le taxi ou le train pour
      rentrer, et l'hébergement quand la réparation dure. Je suis le dossier jusqu'au retour du bénéficiaire
      et je rappelle le prestataire quand l'intervention tarde.
      """;

  private static String resource(String name) {
    try (java.io.InputStream in = BranchAffinityIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void open() {
    assumeTrue(TestEngine.withRome(), "no ROME release at " + System.getProperty("rome.dir", "../shared/data/rome"));
    engine = TestEngine.get();
  }

  private static MatchResult branch(String text) {
    return engine.textMatcher().match(text, new MatchOptions(3, SheetType.BRANCH, null, 3));
  }

  @Test
  void the_committed_branch_model_has_an_affinity_floor_and_rome_models_none() {
    ScoreModels models = engine.textMatcher().matcher().models();
    assertTrue(models.branch().confidentAffinity() > 0 && models.branch().confidentAffinity() < 1);
    assertEquals(0, models.of(SheetType.ROME, true).confidentAffinity());
    assertEquals(0, models.of(SheetType.ROME, false).confidentAffinity());
  }

  @Test
  void a_masons_cv_is_far_from_the_branch_and_gets_no_confident_branch_answer() {
    MatchResult r = branch(MASON);
    ScoreModel model = engine.textMatcher().matcher().models().branch();
    assertTrue(r.branchAffinity() < model.confidentAffinity(), "affinity " + r.branchAffinity());
    assertFalse(r.confident(), r.matches().toString());
    // the same text keeps its confident answer where its trade is: the ROME sheets
    MatchResult rome = engine.textMatcher().match(MASON, new MatchOptions(3, SheetType.ROME, null, 3));
    assertTrue(rome.confident(), rome.matches().toString());
    assertEquals(r.branchAffinity(), rome.branchAffinity(), 1e-9, "the affinity does not depend on the sheets searched");
  }

  @Test
  void a_masons_personal_passerelles_say_the_match_is_not_confident() {
    fr.passerelles.mobility.PersonalMobility p = engine.mobility().personal(MASON);
    assertEquals(Boolean.FALSE, p.matchConfident(), p.closest().id());
    assertEquals(Boolean.TRUE, engine.mobility().personal(PLATEAU).matchConfident());
  }

  @Test
  void a_plateau_advisers_description_is_near_the_branch_and_named_a_match() {
    MatchResult r = branch(PLATEAU);
    ScoreModel model = engine.textMatcher().matcher().models().branch();
    assertTrue(r.branchAffinity() >= model.confidentAffinity(), "affinity " + r.branchAffinity());
    assertTrue(r.confident(), r.matches().toString());
  }

  @Test
  void the_verdict_is_the_models_on_score_and_affinity_alike() {
    for (String text : new String[] {MASON, PLATEAU, "Infirmière en EHPAD, soins et suivi des résidents"}) {
      MatchResult r = branch(text);
      SheetMatch first = r.matches().get(0);
      assertEquals(engine.textMatcher().matcher().models().branch().confident(first.score(), r.branchAffinity()),
          r.confident(), text);
      assertTrue(r.branchAffinity() >= 0 && r.branchAffinity() <= 1);
    }
  }

  @Test
  void a_text_about_another_trade_shows_no_evidence_on_a_branch_sheet() {
    // an administrative assistant's CV in construction: its words meet the branch's office métier
    // (0901: "Assurer un accueil téléphonique"…), but the text is about another trade
    MatchResult far = engine.textMatcher().match(resource("/eval/evidence/texts/cv-assistante-administrative-btp.txt"),
        MatchOptions.DEFAULT.withLimit(5).withType(SheetType.BRANCH));
    assertTrue(far.outsideBranch(), "outside the branch");
    assertTrue(!far.matches().isEmpty() && far.matches().stream().allMatch(m -> m.evidence().isEmpty()), far.matches().toString());
    // the ROME sheets keep theirs, and a plateau text keeps its branch evidence
    MatchResult rome = engine.textMatcher().match(resource("/eval/evidence/texts/cv-assistante-administrative-btp.txt"),
        MatchOptions.DEFAULT.withLimit(5).withType(SheetType.ROME));
    assertTrue(rome.matches().stream().anyMatch(m -> !m.evidence().isEmpty()), rome.matches().toString());
    MatchResult near = engine.textMatcher().match(PLATEAU, MatchOptions.DEFAULT.withLimit(5).withType(SheetType.BRANCH));
    assertTrue(!near.outsideBranch() && near.matches().stream().anyMatch(m -> !m.evidence().isEmpty()), near.matches().toString());
  }
}
