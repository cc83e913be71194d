package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.mobility.ClassificationCheck.Status;
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
  void the_classification_rule_is_not_applicable_when_a_level_is_unknown() {
    ClassificationCheck c = mobility.gap("0102", "0401").classification(); // 0401 has no sheet
    assertEquals(Status.NOT_APPLICABLE, c.status());
    assertEquals(4, c.fromLevel());
    assertEquals(null, c.toLevel());
  }

  @Test
  void rome_sheets_have_no_classification_level() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    Gap g = mobility.gap("D1408", "C1109");
    assertEquals(Status.NOT_APPLICABLE, g.classification().status());
    assertTrue(g.comparable());
  }
}
