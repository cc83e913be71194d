package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.mobility.ClassificationCheck.Status;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three degrees and the classification rule on real métiers. */
class DegreeTest {
  private static Mobility mobility;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
  }

  @Test
  void deepening_existing_fields_only_is_degree_1() {
    // 000's own example: chargé d'assistance → assistant administratif de plateaux
    Gap g = mobility.gap("0102", "0105");
    assertEquals(1, g.degree().value(), g.fields().toString());
    assertEquals(0, g.degree().newFields());
    assertEquals("Approfondissement des compétences", g.degree().label());
  }

  @Test
  void one_new_managerial_field_is_degree_2() {
    Gap g = mobility.gap("0102", "0103");
    assertEquals(2, g.degree().value());
    assertEquals(1, g.degree().newFields());
    assertTrue(g.degree().label().startsWith("Acquisition d'un champ de compétence nouveau"));
  }

  @Test
  void several_new_fields_is_degree_3() {
    Gap g = mobility.gap("0102", "0201"); // médecin régulateur: care and more
    assertEquals(3, g.degree().value(), g.fields().toString());
    assertTrue(g.newFields().size() >= 2);
  }

  @Test
  void the_degree_counts_exactly_the_new_fields() {
    for (String to : new String[] {"0101", "0103", "0105", "0106", "0107", "0201", "0202"}) {
      Gap g = mobility.gap("0102", to);
      int n = g.newFields().size();
      assertEquals(n == 0 ? 1 : n == 1 ? 2 : 3, g.degree().value(), to);
      assertEquals(n, g.degree().newFields(), to);
    }
  }

  @Test
  void a_move_to_a_lower_training_level_breaks_the_classification_rule() {
    ClassificationCheck down = mobility.gap("0102", "0107").classification(); // Bac → CAP/BEP
    assertEquals(Status.VIOLATED, down.status());
    assertEquals(4, down.fromLevel());
    assertEquals(3, down.toLevel());
    assertEquals(Status.SATISFIED, mobility.gap("0107", "0102").classification().status());
    assertEquals(Status.SATISFIED, mobility.gap("0102", "0105").classification().status()); // equal
  }

  @Test
  void the_grade_counts_a_diploma_range_and_encadrement_so_real_step_downs_are_flagged() {
    ClassificationCheck toAccueil = mobility.gap("0102", "0101").classification(); // Bac à Bac+2 → Bac
    assertEquals(Status.VIOLATED, toAccueil.status());
    assertEquals(4.5, toAccueil.fromGrade());
    assertEquals(4.0, toAccueil.toGrade());
    ClassificationCheck toReservation = mobility.gap("0103", "0106").classification(); // Bac+2 and encadrement → Bac+2
    assertEquals(Status.VIOLATED, toReservation.status());
    assertEquals(6.0, toReservation.fromGrade());
    assertEquals(5.0, toReservation.toGrade());
    assertTrue(mobility.profile("0103").classification().management());
    assertEquals("0102-v2 formation", mobility.profile("0102").classification().basis());
  }

  @Test
  void a_metier_the_seeds_only_name_takes_its_level_from_its_rome_sheet_s_access_text() {
    ClassificationCheck c = mobility.gap("0102", "0401").classification(); // 0401 has no sheet
    if (!TestEngine.withRome()) {
      assertEquals(Status.NOT_APPLICABLE, c.status());
      assertEquals(null, c.toLevel());
      return;
    }
    assertEquals(Status.SATISFIED, c.status());
    assertEquals(5, c.toLevel()); // C1109: "accessible avec un diplôme de niveau Bac+2 (BTS, DUT, ...)"
    assertEquals("ROME C1109 accès", mobility.profile("0401").classification().basis());
  }

  @Test
  void the_rule_is_not_applicable_only_when_a_level_is_unknown() {
    ClassificationCheck c = ClassificationCheck.of(mobility.profile("0102").classification(), null);
    assertEquals(Status.NOT_APPLICABLE, c.status());
    assertEquals(null, c.toGrade());
    assertTrue(c.allows());
    // the psychologue sub-sheet, which had none, now has the Master its protected title requires
    assertEquals(Status.SATISFIED, mobility.gap("0102", "0104-03").classification().status());
  }

  @Test
  void rome_sheets_take_their_level_from_the_access_text() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    Gap g = mobility.gap("D1408", "C1109");
    assertEquals(Status.SATISFIED, g.classification().status());
    assertEquals(4.5, g.classification().fromGrade()); // "Bac à Bac +2"
    assertEquals(5.0, g.classification().toGrade()); // "Bac+2"
    assertTrue(g.comparable());
  }

  @Test
  void a_regulated_profession_is_a_barrier_unless_the_origin_holds_the_same_regulation() {
    assertNotNull(mobility.gap("0202", "0201").regulation()); // Ordre des médecins
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    assertEquals(List.of("K1905"), mobility.gap("M1607", "K1905").regulation().keys()); // huissier
    assertNull(mobility.gap("0201", "0204").regulation()); // both mapped to J1102
    assertNull(mobility.gap("0202", "0102").regulation());
  }

  @Test
  void a_target_that_borrows_the_origins_own_rome_counterpart_is_a_deepening() {
    assumeTrue(TestEngine.withRome(), "the counterpart's competences come from ROME");
    // 000's annex maps the médecin régulateur to J1102; the médecin de transport médical borrows J1102
    assertTrue(mobility.profile("0204").borrowsCounterpartOf(mobility.profile("0201")));
    Gap g = mobility.gap("0201", "0204");
    assertEquals(1, g.degree().value(), g.fields().toString());
    assertTrue(g.coverage() > 0.9, "coverage " + g.coverage());
    // the other way round the rule does not apply (0201 has a sheet of its own)
    assertTrue(!mobility.profile("0201").borrowsCounterpartOf(mobility.profile("0204")));
    // a target borrowing another sheet besides the counterpart keeps the branch sheet's own gap:
    // 0901 borrows M1607 and M1604, the annex maps 0105 to M1607 and C1401
    assertTrue(!mobility.profile("0901").borrowsCounterpartOf(mobility.profile("0105")));
    assertTrue(mobility.gap("0105", "0901").missing().size() > 0);
  }
}
