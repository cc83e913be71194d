package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sheet-nearness rule of key gaps (docs/mobility.md § 4) on the real sheets. */
class SheetNearnessTest {
  private static Passerelles engine;
  private static SheetNearness nearness;

  @BeforeAll
  static void engine() {
    assumeTrue(TestEngine.withRome(), "ROME items and sheets");
    engine = TestEngine.get();
    nearness = new SheetNearness(engine.indexes().latent(), engine.indexes()::sheetDoc);
  }

  private static ProfileCompetence item(String metier, String text) {
    return engine.mobility().profile(metier).competences().stream().filter(c -> c.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError(metier + " lists no \"" + text + "\""));
  }

  @Test
  void anAgentAdministratifAlreadyHandlesTheTelephone() {
    // graded held on the dev set of ROME origins (eval/mobility/key-gaps-dev-rome-graded.tsv)
    ProfileCompetence phone = item("M1601", "Gérer les appels téléphoniques entrants et sortants");
    assertTrue(nearness.held("M1602", "M1601", phone), () -> "ratio " + nearness.ratio("M1602", "M1601", phone));
    Gap gap = engine.mobility().gap("M1602", "M1601");
    assertTrue(gap.missing().stream().anyMatch(g -> g.id().equals(phone.id())), "it stays in the full list");
    assertFalse(gap.keyGaps().stream().anyMatch(g -> g.id().equals(phone.id())), "it is no key gap");
  }

  @Test
  void aLeaseIsNewToAnAgentAdministratif() {
    // graded need: only the target's sheet is about it
    ProfileCompetence lease = item("C1502", "Etablir un bail immobilier");
    assertFalse(nearness.held("M1602", "C1502", lease), () -> "ratio " + nearness.ratio("M1602", "C1502", lease));
    assertTrue(engine.mobility().gap("M1602", "C1502").keyGaps().stream().anyMatch(g -> g.id().equals(lease.id())));
  }

  @Test
  void theEncadrantAlreadyWorksOnCallProcedures() {
    // dev split: 0103 -> 0302, graded held in the census; the same item stays a key gap from 0102
    ProfileCompetence calls = item("0302", "Optimiser les procédures de traitement des appels pour améliorer l'efficacité");
    assertTrue(nearness.held("0103", "0302", calls), () -> "ratio " + nearness.ratio("0103", "0302", calls));
    assertFalse(engine.mobility().gap("0103", "0302").keyGaps().stream().anyMatch(g -> g.id().equals(calls.id())));
    assertTrue(engine.mobility().gap("0102", "0302").keyGaps().stream().anyMatch(g -> g.id().equals(calls.id())),
        "graded need for a chargé d'assistance");
  }

  @Test
  void aBranchItemIsNeverJudgedBySheetNearness() {
    // branch sheets all describe the plateau: "Connaissance de l'orthographe" is near 0101's sheet too
    ProfileCompetence spelling = item("0105", "Connaissance de l'orthographe.");
    assertTrue(nearness.ratio("0101", "0105", spelling) >= SheetNearness.HELD);
    assertFalse(nearness.held("0101", "0105", spelling));
  }
}
