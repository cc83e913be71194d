package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The branch métiers' headcount prior, from the corpus's 2009 headcount table. */
class BranchPriorTest {
  private final Nomenclature2009 nomenclature = TestCorpus.load().nomenclature2009();
  private final BranchPrior prior = BranchPrior.of(nomenclature, 0.3);

  private static SheetRecord branch(String id, String metier) {
    return new SheetRecord(id, SheetType.BRANCH, metier, id, metier.substring(0, 2), "", List.of(), List.of());
  }

  @Test
  void theMostCommonMetierGainsAndTheRarestLoses() {
    Nomenclature2009.Metier most = nomenclature.metiers().stream()
        .max(java.util.Comparator.comparingInt(Nomenclature2009.Metier::headcount)).orElseThrow();
    Nomenclature2009.Metier least = nomenclature.metiers().stream()
        .min(java.util.Comparator.comparingInt(Nomenclature2009.Metier::headcount)).orElseThrow();
    assertEquals("0102", most.code(), "the chargés d'assistance are half the branch (001, I.4)");
    assertTrue(prior.apply(branch(most.code(), most.code()), 0.4) > 0.4);
    assertTrue(prior.apply(branch(least.code(), least.code()), 0.4) < 0.4);
  }

  @Test
  void theShiftIsInLogOddsAndGrowsWithTheWeight() {
    double before = 0.2;
    double after = prior.apply(branch("0102", "0102"), before);
    double logOdds = Math.log(after / (1 - after)) - Math.log(before / (1 - before));
    double expected = 0.3 * prior.logRatio().get("0102");
    assertEquals(expected, logOdds, 1e-9);
    assertTrue(prior.withWeight(0.6).apply(branch("0102", "0102"), before) > after);
  }

  @Test
  void aSpecialistSubSheetTakesItsMetiersShare() {
    assertEquals(prior.apply(branch("0104", "0104"), 0.3), prior.apply(branch("0104-03", "0104"), 0.3), 1e-12);
  }

  @Test
  void romeSheetsAndTheWeightZeroLeaveScoresAlone() {
    SheetRecord rome = new SheetRecord("D1408", SheetType.ROME, "D1408", "Téléconseil", "D", "", List.of(), List.of());
    assertEquals(0.37, prior.apply(rome, 0.37));
    assertEquals(0.37, prior.withWeight(0).apply(branch("0102", "0102"), 0.37));
    assertEquals(0.37, BranchPrior.NONE.apply(branch("0102", "0102"), 0.37));
  }

  @Test
  void sharesCoverEveryMetierAndAverageToNeutral() {
    assertEquals(nomenclature.metiers().size(), prior.logRatio().size());
    // ln(n · share) sums to ≤ 0 (Jensen): the average métier is neutral, not the average log
    double meanShare = prior.logRatio().values().stream().mapToDouble(Math::exp).average().orElseThrow();
    assertEquals(1.0, meanShare, 1e-9);
  }

  @Test
  void aNegativeWeightIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> prior.withWeight(-0.1));
  }
}
