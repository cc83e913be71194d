package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.SheetType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matcher variant that ranks branch métiers from the query read without the domain synonyms
 * and ROME sheets with them (docs/quality.md, "A fourth blind set"), on the corpus and the release.
 */
class BranchSynonymsIT {
  @TempDir static Path indexDir;
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
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(rome), "ROME sheets keep the synonyms: the release is needed");
    engine = Passerelles.open(new DataPaths(TestCorpus.dir(), Optional.of(rome), indexDir));
  }

  @AfterAll
  static void close() throws Exception {
    if (engine != null) {
      engine.close();
      engine = null; // a closed engine still holds its profiles: let the fork reclaim them
    }
  }

  private static List<String> ranking(Matcher m, MatchInput input, SheetType type) {
    return m.match(input, MatchOptions.DEFAULT.withType(type)).matches().stream()
        .map(s -> s.id() + " " + s.score()).toList();
  }

  @Test
  void branch_requests_rank_as_the_chain_without_synonyms_and_the_rest_as_the_default() {
    MatchInput input = engine.textMatcher().understand(CV);
    Matcher standard = engine.textMatcher().matcher();
    Matcher variant = standard.withBranchSynonyms(false);
    PasserellesAnalyzer query = (PasserellesAnalyzer) engine.analysis().queryAnalyzer();
    Matcher noSynonyms = new Matcher(engine.indexes(), query.withoutSynonyms());

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
}
