package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The matcher variant that ranks branch métiers from the query read without the domain synonyms
 * and ROME sheets with them (docs/quality.md, "A fourth blind set"), on the corpus and the release;
 * the annex's bridge, nested, shares the engine (one engine less in the IT fork's heap).
 */
class BranchSynonymsIT {
  static Passerelles engine;

  /** A developer who was once a chargée d'assistance: the trade's synonyms reach the branch side. */
  static final String CV = """
      Développeuse web depuis 2022
      Développement d'applications Java et Angular, revues de code, tests automatisés
      2018 - 2022 : chargée d'assistance, plateau automobile
      Organisation des dépannages et des rapatriements de véhicules
      """;

  @BeforeAll
  static void open() {
    assumeTrue(TestEngine.withRome(), "ROME sheets keep the synonyms: the release is needed");
    engine = TestEngine.get(); // the shared engine of the test JVM
  }

  private static List<String> ranking(Matcher m, MatchInput input, SheetType type) {
    return m.match(input, MatchOptions.DEFAULT.withType(type)).matches().stream()
        .map(s -> s.id() + " " + s.score()).toList();
  }

  @Test
  void branch_requests_rank_as_the_chain_without_synonyms_and_the_rest_as_the_default() {
    MatchInput input = engine.textMatcher().understand(CV);
    // the annex's bridge off: it reads the branch answer, which the variant changes by design; the
    // labelled texts' vote off: it reads them with the engine's chain, synonyms included
    Matcher standard = engine.textMatcher().matcher().withAnnexBridge(0).withExampleVote(ExampleVote.OFF);
    Matcher variant = standard.withBranchSynonyms(false);
    PasserellesAnalyzer query = (PasserellesAnalyzer) engine.analysis().queryAnalyzer();
    Matcher noSynonyms = new Matcher(engine.indexes(), query.withoutSynonyms()).withAnnexBridge(0);

    assertEquals(ranking(noSynonyms, input, SheetType.BRANCH), ranking(variant, input, SheetType.BRANCH),
        "branch métiers: the chain without synonyms, score for score");
    assertNotEquals(ranking(standard, input, SheetType.BRANCH), ranking(variant, input, SheetType.BRANCH),
        "the synonyms of « chargée d'assistance » change the default's branch scores");
    assertEquals(ranking(standard, input, SheetType.ROME), ranking(variant, input, SheetType.ROME),
        "ROME sheets keep the synonyms");
    assertEquals(ranking(standard, input, null), ranking(variant, input, null), "a mixed request keeps them too");
  }

  @Test
  void the_default_reads_branch_requests_with_the_synonyms_and_a_chain_without_them_has_none_to_drop() {
    MatchInput input = engine.textMatcher().understand(CV);
    Matcher standard = engine.textMatcher().matcher();
    assertEquals(ranking(standard, input, SheetType.BRANCH), ranking(standard.withBranchSynonyms(true), input, SheetType.BRANCH),
        "off until real-style-4 decides (docs/quality.md)");
    PasserellesAnalyzer query = (PasserellesAnalyzer) engine.analysis().queryAnalyzer();
    Matcher noSynonyms = new Matcher(engine.indexes(), query.withoutSynonyms());
    assertEquals(ranking(noSynonyms, input, SheetType.BRANCH),
        ranking(noSynonyms.withBranchSynonyms(false), input, SheetType.BRANCH));
  }

  /**
   * The annex's bridge (docs/quality.md, "The annex's bridge"): the ROME sheets the annex maps a
   * confidently matched métier to gain, the others keep their scores, a text whose branch ranking is
   * not confident is ranked as without it, and branch requests never change.
   */
  @Nested
  class AnnexBridgeVariant {
    /** An assistance job, its title before its tasks (the branch answer must be confident). */
    static final String ASSISTANCE = """
        Chargée d'assistance automobile
        Au quotidien je prends les appels des assurés en panne ou accidentés sur la route, j'organise le
        dépannage et le remorquage du véhicule, la prise en charge des passagers et leur rapatriement,
        et je suis le dossier d'assistance jusqu'au retour des bénéficiaires à leur domicile.
        """;
    /** A job outside the branch. */
    static final String BAKER = """
        Je pétris la pâte, je façonne les baguettes et les viennoiseries et je surveille la cuisson au
        four dès quatre heures du matin, avant l'ouverture de la boulangerie.
        """;
    static final double BETA = 0.5;

    private Map<String, Double> scores(Matcher m, MatchInput input, SheetType type, int limit) {
      return m.match(input, MatchOptions.DEFAULT.withType(type).withLimit(limit)).matches().stream()
          .collect(Collectors.toMap(SheetMatch::id, SheetMatch::score));
    }

    @Test
    void a_confident_metier_lifts_the_rome_sheets_the_annex_maps_it_to_and_no_other() {
      MatchInput input = engine.textMatcher().understand(ASSISTANCE);
      // the bridge reads the fusion's branch answer, not the labelled texts' vote (docs/matching.md §4)
      Matcher standard = engine.textMatcher().matcher().withAnnexBridge(0).withExampleVote(ExampleVote.OFF);
      Matcher bridged = standard.withAnnexBridge(BETA);
      MatchResult branchAnswer = standard.match(input, MatchOptions.DEFAULT.withType(SheetType.BRANCH));
      SheetMatch branch = branchAnswer.matches().get(0);
      assertEquals("0102", branch.id(), "the chargé d'assistance leads the branch ranking");
      assertTrue(branchAnswer.confident(), "and is confident (score and affinity): " + branch.score());
      List<String> mapped = engine.indexes().sheet("0102").orElseThrow().romeCodes();
      assertEquals(List.of("D1408"), mapped, "the annex: 0102 → D1408");

      Map<String, Double> before = scores(standard, input, SheetType.ROME, 2000);
      Map<String, Double> after = scores(bridged, input, SheetType.ROME, 2000);
      double d1408 = before.getOrDefault("D1408", 0.0);
      assertEquals(d1408 + BETA * branch.score() * (1 - d1408), after.get("D1408"), 1e-3,
          "D1408 gains β × the branch score of what it misses");
      before.forEach((id, s) -> {
        if (!id.equals("D1408")) {
          assertEquals(s, after.get(id), 1e-9, id + " keeps its score");
        }
      });
      assertEquals(scores(standard, input, SheetType.BRANCH, 50), scores(bridged, input, SheetType.BRANCH, 50),
          "branch requests are not bridged");
    }

    @Test
    void a_text_whose_branch_ranking_is_not_confident_is_ranked_as_without_the_bridge() {
      MatchInput input = engine.textMatcher().understand(BAKER);
      Matcher standard = engine.textMatcher().matcher().withAnnexBridge(0);
      MatchResult branch = standard.match(input, MatchOptions.DEFAULT.withType(SheetType.BRANCH));
      assertFalse(branch.confident(), "a baker matches no branch métier confidently");
      assertTrue(branch.outsideBranch(), "and is far from the branch: " + branch.branchAffinity());
      assertEquals(scores(standard, input, SheetType.ROME, 10), scores(standard.withAnnexBridge(BETA), input, SheetType.ROME, 10));
      assertEquals(scores(standard, input, null, 2000), scores(standard.withAnnexBridge(BETA), input, null, 2000),
          "a mixed request too: no sheet joins it for the bridge alone");
    }

    @Test
    void a_mixed_request_bridges_from_its_own_branch_scores() {
      MatchInput input = engine.textMatcher().understand(ASSISTANCE);
      Matcher off = engine.textMatcher().matcher().withAnnexBridge(0);
      Map<String, Double> before = scores(off, input, null, 200);
      Map<String, Double> after = scores(off.withAnnexBridge(BETA), input, null, 200);
      assertTrue(after.get("D1408") > before.getOrDefault("D1408", 0.0), "D1408 " + before.get("D1408") + " → " + after.get("D1408"));
      assertEquals(before.get("0102"), after.get("0102"), "the branch métiers keep their scores");
      double d1408 = before.getOrDefault("D1408", 0.0);
      assertEquals(d1408 + BETA * after.get("0102") * (1 - d1408), after.get("D1408"), 1e-3,
          "D1408 gains β × the first branch métier's score of what it misses");
    }

    @Test
    void the_default_bridges_at_the_adopted_beta() {
      MatchInput input = engine.textMatcher().understand(ASSISTANCE);
      Matcher standard = engine.textMatcher().matcher();
      assertEquals(scores(standard.withAnnexBridge(Matcher.DEFAULT_ANNEX_BRIDGE), input, SheetType.ROME, 10),
          scores(standard, input, SheetType.ROME, 10));
      assertTrue(Matcher.DEFAULT_ANNEX_BRIDGE > 0, "on since sets 11-14 (docs/quality.md)");
      assertNotEquals(scores(standard.withAnnexBridge(0), input, SheetType.ROME, 10), scores(standard, input, SheetType.ROME, 10),
          "the assistance text's ROME answer moves with it");
    }
  }
}
