package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.mobility.GapCompetence.Action;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gaps between real métiers of the corpus (and ROME sheets when the release is present). */
class GapTest {
  private static Mobility mobility;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
  }

  private static Map<String, GapCompetence> byId(java.util.List<GapCompetence> list) {
    return list.stream().collect(Collectors.toMap(GapCompetence::id, Function.identity()));
  }

  @Test
  void shared_competences_are_judged_by_the_analysis_chain_not_by_ids_or_exact_strings() {
    Gap g = mobility.gap("0101", "0102");
    Map<String, GapCompetence> shared = byId(g.shared());
    // same wording, other sheet: another id
    assertEquals("0101-C01", shared.get("0102-C01").coveredBy());
    // "Savoir anticiper et désamorcer une relation conflictuelle." ← "Savoir désamorcer une relation conflictuelle."
    assertEquals("0101-C04", shared.get("0102-C08").coveredBy());
    // "Maitriser une ou plusieurs langues étrangères" ← "Pratique d'une ou de plusieurs langues étrangères."
    assertEquals("0101-C08", shared.get("0102-v2-C16").coveredBy());
    assertTrue(shared.values().stream().allMatch(c -> c.action() == Action.SHARED));
  }

  @Test
  void missing_competences_are_the_targets_the_origin_lacks_with_id_text_kind_and_field() {
    Gap g = mobility.gap("0101", "0102");
    assertEquals(mobility.profile("0102").competences().size(), g.shared().size() + g.missing().size());
    Map<String, GapCompetence> missing = byId(g.missing());
    GapCompetence mandate = missing.get("0102-v2-C08");
    assertEquals("Mandater les prestataires", mandate.text());
    assertEquals("savoir-faire", mandate.kind());
    assertNotNull(mandate.field());
    assertNull(mandate.coveredBy());
    for (GapCompetence c : g.missing()) {
      assertNotNull(c.id());
      assertNotNull(c.text());
      assertNotNull(c.kind());
      assertTrue(c.action() == Action.DEEPEN || c.action() == Action.ACQUIRE, c.id());
    }
  }

  @Test
  void a_missing_competence_is_to_deepen_in_a_field_the_origin_works_in_and_to_acquire_elsewhere() {
    Gap g = mobility.gap("0102", "0103");
    Set<CompetenceField> originFields = mobility.profile("0102").fieldMass().keySet();
    for (GapCompetence c : g.missing()) {
      boolean known = c.field() != null && originFields.contains(c.field());
      assertEquals(known ? Action.DEEPEN : Action.ACQUIRE, c.action(), c.id());
    }
    // management methods are a field the chargé d'assistance does not work in
    assertEquals(Action.ACQUIRE, byId(g.missing()).get("0103-C06").action());
  }

  @Test
  void the_new_field_of_encadrant_for_a_charge_d_assistance_is_management() {
    Gap g = mobility.gap("0102", "0103");
    assertEquals(1, g.newFields().size(), g.fields().toString());
    CompetenceField f = g.newFields().get(0);
    assertEquals("1", f.code());
    assertEquals("Management, Social, Soin", f.label());
    FieldGap row = g.fields().stream().filter(x -> x.field().equals(f)).findFirst().orElseThrow();
    assertTrue(row.isNew());
    assertEquals(0.0, row.originShare());
    assertTrue(row.targetShare() >= mobility.settings().fieldSignificance());
  }

  @Test
  void a_metier_with_no_competences_to_compare_gives_a_non_comparable_gap() {
    Gap g = mobility.gap("0102", "0301"); // Planificateur: no sheet, no ROME sheet in the annex
    assertFalse(g.comparable());
    assertNull(g.degree());
    assertTrue(g.missing().isEmpty());
  }

  @Test
  void an_unknown_metier_is_rejected_with_its_id() {
    UnknownMetierException e = assertThrows(UnknownMetierException.class, () -> mobility.gap("0102", "9999"));
    assertEquals("9999", e.id());
  }

  @Test
  void a_branch_competence_covers_the_rome_item_it_is_aligned_to() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    Gap g = mobility.gap("0102", "0401"); // 0401 borrows ROME C1109
    Map<String, GapCompetence> shared = byId(g.shared());
    // "Gérer l'accueil téléphonique" ← "Savoir gérer une relation téléphonique : techniques d'accueil…"
    assertEquals("0102-C07", shared.get("ogr-300613").coveredBy());
    assertTrue(g.missing().stream().allMatch(c -> c.id().startsWith("ogr-")));
    assertTrue(g.missing().stream().allMatch(c -> c.field() != null), "every ROME item has a field");
  }
}
