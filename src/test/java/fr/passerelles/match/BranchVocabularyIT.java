package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.eval.StockBaseline;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A branch-only request that queries the branch sheets' own words ({@link MatchTuning#branchVocabulary},
 * docs/quality.md "The branch sheets' own words"), on the corpus and the release.
 */
class BranchVocabularyIT {
  static Passerelles engine;

  /**
   * A home-assistance call handler's day, long enough that its informative terms outnumber the
   * whole-text query's places ({@code MatchTuning.maxTerms}): most of its rare words are the
   * callers' troubles, which no branch sheet has.
   */
  static final String TEXT = """
      Au quotidien je réponds aux appels des clients qui ont une fuite d'eau sous l'évier, une porte
      claquée, une serrure bloquée, une vitre brisée après un cambriolage, un chauffage ou une chaudière
      en panne, un ballon d'eau chaude percé, une coupure d'électricité, un tableau électrique qui
      disjoncte, une toiture arrachée par la tempête, une cave inondée ou un arbre tombé sur la clôture.
      Je vérifie ce que couvre leur contrat, je trouve un plombier, un serrurier, un vitrier, un
      électricien, un couvreur ou un chauffagiste disponible près de chez eux et je le missionne, puis je
      rappelle le client. Si la maison est inhabitable, je réserve une chambre d'hôtel, un taxi, un
      gardiennage des animaux et une garde d'enfants. Je note tout dans le dossier.
      """;

  @BeforeAll
  static void open() {
    assumeTrue(TestEngine.withRome(), "the words only ROME sheets have need the release");
    engine = TestEngine.get();
  }

  private static String term(String word) {
    var terms = AnalyzedSpan.of(engine.analysis().queryAnalyzer(), IndexFields.TEXT, word,
        new TextSpan(0, word.length(), word)).occurrences().keySet();
    assertEquals(1, terms.size(), word + " → " + terms);
    return terms.iterator().next();
  }

  private static List<String> ranking(Matcher m, String text, SheetType type) {
    return m.match(engine.textMatcher().understand(text), MatchOptions.DEFAULT.withType(type)).matches().stream()
        .map(s -> s.id() + " " + s.score()).toList();
  }

  @Test
  void the_branch_vocabulary_is_read_from_the_sheets() {
    for (String word : List.of("plombier", "serrurier", "fuite")) {
      assertFalse(engine.indexes().sheetsHave(SheetType.BRANCH, term(word)), word + ": no branch sheet says it");
      assertTrue(engine.indexes().sheetsHave(SheetType.ROME, term(word)), word + ": a ROME sheet does");
    }
    for (String word : List.of("dossier", "prestataires", "assistance")) {
      assertTrue(engine.indexes().sheetsHave(SheetType.BRANCH, term(word)), word);
    }
  }

  @Test
  void only_branch_requests_change_and_only_when_the_text_has_words_no_branch_sheet_has() {
    Matcher standard = engine.textMatcher().matcher().withTuning(MatchTuning.DEFAULT.withBranchVocabulary(false));
    Matcher variant = standard.withTuning(MatchTuning.DEFAULT.withBranchVocabulary(true));
    assertNotEquals(ranking(standard, TEXT, SheetType.BRANCH), ranking(variant, TEXT, SheetType.BRANCH),
        "« plombier », « fuite », « chaudière »… no longer take places in the branch query");
    assertEquals(ranking(standard, TEXT, SheetType.ROME), ranking(variant, TEXT, SheetType.ROME), "ROME requests as before");
    String branchWords = "Chargé d'assistance : ouverture des dossiers, recherche des prestataires";
    assertEquals(ranking(standard, branchWords, SheetType.BRANCH), ranking(variant, branchWords, SheetType.BRANCH),
        "every word is a branch word: nothing to leave out");
  }

  @Test
  void a_mixed_request_ranks_the_branch_metiers_as_a_branch_request_and_the_rome_sheets_as_before() {
    Matcher standard = engine.textMatcher().matcher().withTuning(MatchTuning.DEFAULT.withBranchVocabulary(false));
    Matcher variant = standard.withTuning(MatchTuning.DEFAULT.withBranchVocabulary(true));
    MatchOptions mixed = MatchOptions.DEFAULT.withLimit(60);
    MatchInput input = engine.textMatcher().understand(TEXT);
    List<SheetMatch> before = standard.match(input, mixed).matches();
    List<SheetMatch> after = variant.match(input, mixed).matches();
    List<String> branchOnly = variant.match(input, MatchOptions.DEFAULT.withType(SheetType.BRANCH)).matches().stream()
        .map(SheetMatch::id).toList();
    List<String> mixedBranch = of(after, SheetType.BRANCH);
    int n = Math.min(5, Math.min(branchOnly.size(), mixedBranch.size()));
    assertTrue(n >= 3, "branch métiers in both answers: " + mixedBranch);
    assertEquals(branchOnly.subList(0, n), mixedBranch.subList(0, n), "the mixed answer's branch métiers in the branch answer's order");
    List<String> beforeBranch = of(before, SheetType.BRANCH);
    assertNotEquals(beforeBranch.subList(0, Math.min(n, beforeBranch.size())), branchOnly.subList(0, n), "which they were not before");
    List<String> romeBefore = of(before, SheetType.ROME);
    List<String> romeAfter = of(after, SheetType.ROME);
    int r = Math.min(10, Math.min(romeBefore.size(), romeAfter.size()));
    assertTrue(r >= 5, "ROME sheets in both answers");
    assertEquals(romeBefore.subList(0, r), romeAfter.subList(0, r), "ROME sheets as before");
  }

  private static List<String> of(List<SheetMatch> matches, SheetType type) {
    return matches.stream().filter(m -> m.type() == type).map(SheetMatch::id).toList();
  }

  @Test
  void the_stock_baseline_over_the_branch_sheets_ranks_branch_metiers() throws Exception {
    try (StockBaseline stock = StockBaseline.ofBranch(Passerelles.searchableSheets(engine.corpus(), engine.rome()))) {
      List<String> ranked = stock.rank("Chargée d'assistance", 10);
      assertEquals("0102", ranked.get(0), ranked.toString());
      assertTrue(ranked.stream().allMatch(id -> engine.indexes().sheet(id).orElseThrow().type() == SheetType.BRANCH), ranked.toString());
    }
  }
}
