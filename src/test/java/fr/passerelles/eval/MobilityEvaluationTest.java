package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.RankingWeights;
import fr.passerelles.mobility.TestEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mobility figures of docs/quality.md on the real corpus: a change of method that moves them
 * must update the docs (bin/passerelles eval-mobility --write) and these expectations together.
 */
class MobilityEvaluationTest {
  private static Mobility mobility;
  private static MobilityEvaluation.Report degrees;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
    degrees = MobilityEvaluation.run(mobility, false);
  }

  @Test
  void the_computed_degree_agrees_with_the_stated_one_for_nine_of_twelve_moves() {
    assumeTrue(TestEngine.withRome(), "most stated targets borrow their competences from ROME");
    assertEquals(12, degrees.stated());
    assertArrayEquals(new int[] {0, 5, 1, 0}, degrees.matrix()[1]);
    assertArrayEquals(new int[] {0, 1, 4, 0}, degrees.matrix()[2]);
    assertArrayEquals(new int[] {0, 0, 1, 0}, degrees.matrix()[3]);
    assertEquals(0.75, degrees.exact(), 1e-4);
    assertEquals(1.0, degrees.withinOne(), 1e-4);
  }

  @Test
  void every_001_evolution_with_competences_on_both_sides_is_evaluated_as_reachable() {
    assumeTrue(TestEngine.withRome(), "most stated targets borrow their competences from ROME");
    int[] reachable = degrees.matrix()[MobilityEvaluation.REACHABLE_ROW];
    assertEquals(33, reachable[1] + reachable[2] + reachable[3]);
    assertTrue(degrees.skipped().contains("0102→N0104"), degrees.skipped().toString());
    assertNull(degrees.rome());
  }

  @Test
  void without_rome_only_moves_between_described_sheets_are_compared() {
    assumeTrue(!TestEngine.withRome(), "the branch-only case");
    // 0102 → 0105 (000's example), 0103 and 0107 (004): the targets with a sheet of their own
    assertEquals(3, degrees.stated());
    assertEquals(1, degrees.matrix()[1][1]);
    assertTrue(degrees.skipped().contains("0102→0401"));
  }

  @Test
  void computed_candidates_find_about_three_in_ten_rome_mobility_links() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    MobilityEvaluation.Recall r = MobilityEvaluation.romeRecall(mobility);
    assertEquals(1584, r.sheets());
    assertEquals(14912, r.links());
    assertEquals(0.3169, r.recallAt10(), 1e-4);
    assertTrue(r.hitAt10() > 0.9);
  }

  @Test
  void the_rome_links_split_in_two_halves_by_origin_sheet() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    MobilityEvaluation.Recall train = MobilityEvaluation.recall(mobility, SheetType.ROME, true, MobilityEvaluation::trainOrigin);
    MobilityEvaluation.Recall test = MobilityEvaluation.recall(mobility, SheetType.ROME, true, o -> !MobilityEvaluation.trainOrigin(o));
    assertEquals(1584, train.sheets() + test.sheets());
    assertEquals(805, train.sheets());
    assertEquals(0.3131, train.recallAt10(), 1e-4);
    assertEquals(0.3209, test.recallAt10(), 1e-4);
  }

  @Test
  void the_learned_ranking_finds_more_train_links_than_the_order_by_overlap() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    Mobility before = mobility.with(mobility.settings().withRanking(null));
    assertEquals(0.2973, MobilityEvaluation.recall(before, SheetType.ROME, true, MobilityEvaluation::trainOrigin).recallAt10(), 1e-4);
    assertEquals(0.3131, MobilityEvaluation.recall(mobility, SheetType.ROME, true, MobilityEvaluation::trainOrigin).recallAt10(), 1e-4);
  }

  @Test
  void the_served_ranking_weights_are_what_the_fit_on_train_origins_gives() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    double[] fitted = MobilityRankingFit.fit(mobility, MobilityEvaluation::trainOrigin).values();
    assertArrayEquals(RankingWeights.DEFAULT.values(), fitted, 1e-4);
  }

  @Test
  void each_judged_001_evolution_has_a_reason_and_is_compared() {
    assumeTrue(TestEngine.withRome(), "most judged targets borrow their competences from ROME");
    java.util.List<DegreeJudgements.Judgement> judgements = DegreeJudgements.read(DegreeJudgements.FILE);
    assertEquals(33, judgements.size());
    DegreeJudgements.Agreement a = DegreeJudgements.agreement(degrees, judgements);
    assertEquals(33, a.judged());
    assertEquals(45, a.all());
    assertEquals(27, a.judgedAgree()); // 0201→0204 (judged 1) since the counterpart rule
    assertEquals(36, a.allAgree());
  }

  @Test
  void branch_ranking_puts_stated_moves_in_the_first_ten() {
    MobilityEvaluation.Recall r = MobilityEvaluation.recall(mobility, SheetType.BRANCH, false);
    assertEquals(TestEngine.withRome() ? 7 : 5, r.sheets());
    assertTrue(r.recallAt10() > 0.3, "random would be about 10/47: " + r.recallAt10());
  }
}
