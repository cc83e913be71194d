package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import fr.passerelles.index.SheetType;
import org.junit.jupiter.api.Test;

/** The committed fusions, and which one ranks a sheet. */
class ScoreModelsTest {
  private final ScoreModels committed = ScoreModels.load();

  @Test
  void branchSheetsHaveTheirOwnModelWhateverTheText() {
    assertSame(committed.branch(), committed.of(SheetType.BRANCH, true));
    assertSame(committed.branch(), committed.of(SheetType.BRANCH, false));
    assertNotSame(committed.rome(), committed.romeUnnamed(), "two ROME models are committed");
  }

  @Test
  void romeSheetsTakeTheModelOfTheirKindOfText() {
    assertSame(committed.rome(), committed.of(SheetType.ROME, true));
    assertSame(committed.romeUnnamed(), committed.of(SheetType.ROME, false));
  }

  @Test
  void theEvaluationVariantRanksBranchSheetsLikeRomeOnes() {
    ScoreModels variant = committed.withBranchByRome();
    assertSame(committed.rome(), variant.of(SheetType.BRANCH, true));
    assertSame(committed.romeUnnamed(), variant.of(SheetType.BRANCH, false));
    assertSame(committed.romeUnnamed(), variant.of(SheetType.ROME, false));
  }
}
