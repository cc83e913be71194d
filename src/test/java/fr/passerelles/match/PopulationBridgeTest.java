package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the population's share joins the annex's bridge (the shares themselves: {@code PopulationBridgeIT}). */
class PopulationBridgeTest {
  private final PopulationBridge bridge = new PopulationBridge(0.2, Map.of("D1408", 0.5, "C1108", 0.1), 0);

  @Test
  void aSheetBothBridgesBoostTakesBothInTurn() {
    Map<String, Double> both = bridge.addedTo(Map.of("D1408", 0.3, "M1601", 0.4));
    // 1 − (1 − 0.3)(1 − 0.2 · 0.5): boosting by one share, then the other, is the same
    assertEquals(1 - 0.7 * 0.9, both.get("D1408"), 1e-12);
    double score = 0.25;
    assertEquals(AnnexBridge.boosted(AnnexBridge.boosted(score, 0.3), 0.1), AnnexBridge.boosted(score, both.get("D1408")), 1e-12);
    assertEquals(0.4, both.get("M1601"), 1e-12, "a sheet the population does not hold keeps the annex's share");
    assertEquals(0.2 * 0.1, both.get("C1108"), 1e-12, "a sheet only the population holds joins");
  }

  @Test
  void offLeavesTheAnnexSharesAlone() {
    Map<String, Double> annex = Map.of("D1408", 0.3);
    assertSame(annex, PopulationBridge.OFF.addedTo(annex));
    assertSame(annex, bridge.withWeight(0).addedTo(annex));
  }

  @Test
  void theGateIsTheBranchModelsFloorUnlessSet() {
    assertTrue(bridge.admits(0.86, 0.85));
    assertFalse(bridge.admits(0.84, 0.85));
    assertFalse(bridge.withGate(0.95).admits(0.9, 0.85), "its own gate, stricter");
    assertTrue(bridge.withGate(0.95).admits(0.96, 0.85));
    assertFalse(bridge.withWeight(0).admits(1.0, 0.85), "off admits nothing");
    assertThrows(IllegalArgumentException.class, () -> bridge.withGate(1.5));
  }

  @Test
  void theWeightIsAShare() {
    assertThrows(IllegalArgumentException.class, () -> bridge.withWeight(-0.1));
    assertThrows(IllegalArgumentException.class, () -> bridge.withWeight(1.5));
  }
}
