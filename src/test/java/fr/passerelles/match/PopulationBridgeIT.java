package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ROME sheets the branch's people hold (docs/quality.md, "The ROME sheets the branch's people
 * hold"): a plateau text that names only the situations it handles is about the branch, and its
 * ROME answer leans towards the sheets the branch's people hold; a text far from the branch is
 * ranked as without it.
 */
class PopulationBridgeIT {
  static Passerelles engine;

  /** First person, no job named: the situations a travel plateau handles. */
  static final String NIGHT_PLATEAU = """
      Au quotidien, je décroche pour des voyageurs en difficulté : un vol annulé à Lisbonne, une valise
      perdue, un enfant malade pendant les vacances. Je trouve une chambre pour la nuit, je réserve un
      nouveau billet de train, je préviens la famille et je transmets le dossier à notre médecin quand il
      faut envisager un retour en France. Avant de partir, je note tout dans l'outil pour que l'équipe de
      nuit puisse reprendre sans rappeler personne.
      """;

  @BeforeAll
  static void open() {
    assumeTrue(TestEngine.withRome(), "no ROME release at " + System.getProperty("rome.dir", "../shared/data/rome"));
    engine = TestEngine.get();
  }

  private static List<String> rome(TextMatcher matcher, String text) {
    return matcher.match(text, new MatchOptions(3, SheetType.ROME, null, 0)).matches().stream()
        .map(SheetMatch::id).toList();
  }

  @Test
  void the_chargés_dassistance_sheet_is_the_one_the_most_people_hold() {
    PopulationBridge population = engine.textMatcher().matcher().populationBridge();
    Map.Entry<String, Double> first = population.romeShare().entrySet().stream()
        .max(Map.Entry.comparingByValue()).orElseThrow();
    assertEquals("D1408", first.getKey(), "0102's ROME sheet in the annex");
    assertTrue(first.getValue() > 0.5, "half the branch's people are chargés d'assistance: " + first.getValue());
    double total = population.romeShare().values().stream().mapToDouble(Double::doubleValue).sum();
    assertTrue(total <= 1 + 1e-9, "shares of one population: " + total);
  }

  @Test
  void a_plateau_text_that_names_no_job_finds_the_plateau_sheet() {
    TextMatcher served = engine.textMatcher();
    assumeTrue(served.matcher().populationBridge().weight() > 0, "the population bridge is off");
    // the labelled texts' centroids know the plateau's sheet too (docs/quality.md, "The centroids for
    // text not in ROME's style"): set aside, so that the bridge is read alone
    TextMatcher on = served.withExampleVote(served.matcher().exampleVote().withRomeCentroid(ExampleVote.RomeCentroid.OFF));
    TextMatcher off = on.withPopulationBridge(PopulationBridge.OFF);
    assertTrue(on.match(NIGHT_PLATEAU, MatchOptions.DEFAULT).branchAffinity() >= 0.85, "a plateau text is near the branch");
    assertTrue(!rome(off, NIGHT_PLATEAU).contains("D1408"), "without it: " + rome(off, NIGHT_PLATEAU));
    assertTrue(rome(on, NIGHT_PLATEAU).contains("D1408"), "with it: " + rome(on, NIGHT_PLATEAU));
    assertTrue(rome(served.withPopulationBridge(PopulationBridge.OFF), NIGHT_PLATEAU).contains("D1408"),
        "and the centroids without it");
  }

  @Test
  void a_text_far_from_the_branch_is_ranked_as_without_it() {
    TextMatcher on = engine.textMatcher().withPopulationBridge(
        engine.textMatcher().matcher().populationBridge().withWeight(0.5));
    TextMatcher off = on.withPopulationBridge(PopulationBridge.OFF);
    MatchResult r = on.match(BranchAffinityIT.MASON, new MatchOptions(5, SheetType.ROME, null, 0));
    assertTrue(r.outsideBranch(), "a mason's CV");
    assertEquals(rome(off, BranchAffinityIT.MASON), rome(on, BranchAffinityIT.MASON));
    assertEquals(off.match(BranchAffinityIT.MASON, MatchOptions.DEFAULT).matches().stream().map(SheetMatch::score).toList(),
        on.match(BranchAffinityIT.MASON, MatchOptions.DEFAULT).matches().stream().map(SheetMatch::score).toList());
  }

  /**
   * A word no sheet holds (a held-out appellation such as "Gaveur", a made-up one) says nothing of
   * the branch: no ROME sheet is listed for it, where the bridge used to list the branch's usual
   * sheets; a word the index holds is still matched.
   */
  @Test
  void a_word_no_sheet_holds_gets_no_sheet() {
    for (String word : List.of("Zorglubiste", "Xylophagiste")) {
      assertEquals(List.of(), rome(engine.textMatcher(), word), word);
      assertEquals(List.of(), engine.textMatcher().match(word, MatchOptions.DEFAULT).matches().stream()
          .map(SheetMatch::id).toList(), word + ", every type");
    }
    List<String> known = rome(engine.textMatcher(), "Vestiairiste");
    assertEquals("G1707", known.get(0), "an appellation the index holds");
    assertTrue(!known.contains("D1408"), "and nothing the text does not support: " + known);
  }
}
