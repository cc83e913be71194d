package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The aire de mobilité of Chargé d'assistance: curated moves and computed candidates by degree. */
class PasserellesByDegreeTest {
  private static Mobility mobility;
  private static MobilityArea area;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
    area = mobility.passerelles("0102");
  }

  private static Passerelle target(MobilityArea a, String id) {
    return a.passerelles().filter(p -> p.target().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + a.passerelles().map(p -> p.target().id()).toList()));
  }

  @Test
  void the_three_degrees_are_always_listed_in_order() {
    assertEquals(List.of(1, 2, 3), area.degrees().stream().map(DegreeGroup::degree).toList());
    assertEquals("Approfondissement des compétences", area.degree(1).label());
    assertEquals(4, area.classificationLevel());
  }

  @Test
  void moves_stated_by_the_referential_keep_their_stated_degree_and_say_where_they_come_from() {
    Passerelle dossiers = target(area, "0401");
    assertEquals(Passerelle.REFERENTIAL, dossiers.source());
    assertEquals(1, dossiers.degree());
    assertEquals(1, dossiers.statedDegree());
    assertTrue(dossiers.references().containsAll(List.of("004", "000", "001")), dossiers.references().toString());
    assertEquals(2, target(area, "0103").degree());
    Passerelle animateur = target(area, "0502");
    assertEquals(3, animateur.degree(), "the stated level wins over the computed one");
    assertEquals(3, animateur.statedDegree());
    assertTrue(area.degree(3).passerelles().contains(animateur));
  }

  @Test
  void evolutions_without_a_stated_degree_are_filed_under_their_computed_degree() {
    Passerelle reservation = target(area, "0106"); // 001's evolution, no degree stated
    assertEquals(Passerelle.REFERENTIAL, reservation.source());
    assertNull(reservation.statedDegree());
    assertEquals(reservation.computedDegree(), reservation.degree());
    assertEquals(List.of("001"), reservation.references());
  }

  @Test
  void computed_candidates_are_labelled_computed_and_filed_by_computed_degree() {
    // 0102's only computed neighbour, 0101, is a step down: take an origin with computed moves
    List<Passerelle> computed = mobility.passerelles("0101").passerelles()
        .filter(p -> p.source().equals(Passerelle.COMPUTED)).toList();
    assertFalse(computed.isEmpty());
    for (Passerelle p : computed) {
      assertNull(p.statedDegree(), p.target().id());
      assertEquals(p.computedDegree(), p.degree(), p.target().id());
      assertTrue(p.overlap() >= mobility.settings().candidateOverlap(), p.target().id());
      assertTrue(p.classification().allows(), p.target().id());
      assertTrue(p.references().isEmpty());
    }
    // no target is both stated and computed
    assertEquals(area.passerelles().count(), area.passerelles().map(p -> p.target().id()).distinct().count());
  }

  @Test
  void each_target_carries_its_missing_competences_new_fields_and_ai_exposure() {
    Passerelle encadrant = target(area, "0103");
    assertTrue(encadrant.gapKnown());
    assertFalse(encadrant.missing().isEmpty());
    assertEquals("1", encadrant.newFields().get(0).code());
    AiExposure ai = encadrant.aiExposure(); // N0105 Manager de proximité d'assistance
    assertNotNull(ai);
    assertEquals("N0105", ai.metier2024());
    assertEquals(0.08, ai.pwcScore());
  }

  @Test
  void a_target_only_the_2024_nomenclature_names_is_listed_without_a_gap() {
    Passerelle conciergerie = target(area, "N0104");
    assertFalse(conciergerie.gapKnown());
    assertEquals(1, conciergerie.degree());
    assertNull(conciergerie.computedDegree());
    assertEquals("Chargé de conciergerie", conciergerie.target().title());
    assertNotNull(conciergerie.aiExposure());
  }

  @Test
  void a_move_against_the_classification_rule_is_kept_when_stated_and_flagged() {
    Passerelle support = target(area, "0107"); // 004 states it; level 4 → 3
    assertEquals(ClassificationCheck.Status.VIOLATED, support.classification().status());
    assertEquals(Passerelle.REFERENTIAL, support.source());
  }

  @Test
  void stated_moves_to_jobs_outside_the_nomenclatures_are_kept_as_text() {
    assertTrue(area.unresolved().stream().anyMatch(m -> m.text().equals("Chargé(e) de planning")
        && m.reference().equals("001")));
  }

  @Test
  void a_specialist_named_in_an_evolution_is_its_sub_sheet() {
    // 0107's sheet: "Patrouilleur (f/h)" → 0104-02 Technicien(ne) automobile patrouilleur
    MobilityArea vehicule = mobility.passerelles("0107");
    assertEquals(Passerelle.REFERENTIAL, target(vehicule, "0104-02").source());
  }

  @Test
  void a_rome_sheet_s_stated_moves_are_its_mobility_links() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    MobilityArea d1408 = mobility.passerelles("D1408");
    List<Passerelle> stated = d1408.passerelles().filter(p -> p.source().equals(Passerelle.REFERENTIAL)).toList();
    assertEquals(List.of("C1102", "C1504", "D1401", "E1110", "I1404", "K2111", "M1213", "M1502", "M1621"),
        stated.stream().map(p -> p.target().id()).sorted().toList());
    for (Passerelle p : stated) {
      assertEquals(List.of("rome"), p.references());
      assertNull(p.statedDegree());
      assertEquals(p.computedDegree(), p.degree());
      ClassificationCheck c = p.classification(); // flagged, never dropped: ROME's own links step down
      if (c.fromGrade() != null && c.toGrade() != null) {
        assertEquals(c.toGrade() >= c.fromGrade(), c.allows(), p.target().id());
      }
    }
    assertTrue(d1408.passerelles().anyMatch(p -> p.source().equals(Passerelle.COMPUTED)));
  }
}
