package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Training needs of Chargé d'assistance, alone and with other métiers and their headcounts. */
class TrainingNeedsTest {
  private static Mobility mobility;
  private static TrainingNeeds needs;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
    needs = mobility.trainingNeeds("0102");
  }

  private static long missingFor(MobilityArea area, String key, int degree) {
    return area.degree(degree).passerelles().stream()
        .filter(p -> p.missing().stream().anyMatch(c -> equivalent(p, c, key)))
        .count();
  }

  private static boolean equivalent(Passerelle p, GapCompetence c, String key) {
    return mobility.knows(p.target().id()) && mobility.profile(p.target().id()).competences().stream()
        .anyMatch(pc -> pc.id().equals(c.id()) && pc.romeItem().orElse(pc.id()).equals(key));
  }

  @Test
  void each_need_counts_the_passerelles_of_each_degree_that_miss_it() {
    MobilityArea area = mobility.passerelles("0102");
    for (TrainingNeed n : needs.needs().subList(0, Math.min(40, needs.needs().size()))) {
      assertEquals(missingFor(area, n.competenceId(), 1), n.degree1(), n.competenceId());
      assertEquals(missingFor(area, n.competenceId(), 2), n.degree2(), n.competenceId());
      assertEquals(missingFor(area, n.competenceId(), 3), n.degree3(), n.competenceId());
      assertEquals(n.passerelles(), n.toAcquire() + n.toDeepen());
      assertEquals(n.passerelles(), n.weight(), "headcount 1");
    }
  }

  @Test
  void needs_come_highest_score_first_and_each_passerelle_brings_one_budget() {
    Comparator<TrainingNeed> order = Comparator.comparingDouble(TrainingNeed::score).reversed()
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree1).reversed())
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree2).reversed())
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree3).reversed())
        .thenComparing(TrainingNeed::competenceId);
    assertEquals(needs.needs().stream().sorted(order).toList(), needs.needs());
    // the scores add up to the passerelles' budgets: degree 1, 1/2, 1/4, borrowed sheets 0.4 of that
    double budgets = 0;
    for (Passerelle p : mobility.passerelles("0102").passerelles().toList()) {
      if (!p.missing().isEmpty()) {
        MetierProfile t = mobility.profile(p.target().id());
        boolean own = t.type() == fr.passerelles.index.SheetType.BRANCH && !t.borrowed();
        budgets += TrainingPlanner.DEGREE_FACTORS[p.degree()] * (own ? 1 : TrainingPlanner.BORROWED);
      }
    }
    double scores = needs.needs().stream().mapToDouble(TrainingNeed::score).sum();
    assertEquals(budgets, scores, 0.01);
  }

  @Test
  void a_key_gap_of_a_branch_sheet_outranks_generic_items_of_borrowed_rome_sheets() {
    // issue 14: 0103-C06 (management opérationnel) was rank 344 of 618, "Utiliser les outils
    // numériques" first. Since the alignment review 0103-C06 is tallied under the ROME item it
    // stands for, "Animer, coordonner une équipe" (ogr-300440)
    List<String> ranked = needs.needs().stream().map(TrainingNeed::competenceId).toList();
    int management = ranked.indexOf("ogr-300440");
    assertTrue(management >= 0 && management < 40, "rank " + management);
    TrainingNeed first = needs.needs().get(0);
    assertTrue(first.targets().stream().map(mobility::profile).anyMatch(t -> !t.borrowed()
        && t.type() == fr.passerelles.index.SheetType.BRANCH), first.toString());
  }

  @Test
  void modules_group_every_need_by_its_enjeu_highest_score_first() {
    assertTrue(needs.modules().size() > 5 && needs.modules().size() < 35, needs.modules().size() + " modules");
    int grouped = 0;
    for (TrainingModule m : needs.modules()) {
      for (TrainingNeed n : m.needs()) {
        assertEquals(m.area(), n.area(), n.competenceId());
      }
      assertEquals(m.area() == null ? TrainingModule.UNPLACED : m.area().label(), m.label());
      assertEquals(m.needs().stream().mapToDouble(TrainingNeed::score).sum(), m.score(), 0.001);
      assertEquals(m.needs().stream().sorted(TrainingPlanner.ORDER).toList(), m.needs());
      grouped += m.needs().size();
    }
    assertEquals(needs.needs().size(), grouped, "each need in one module");
    for (int i = 1; i < needs.modules().size(); i++) {
      assertTrue(needs.modules().get(i - 1).score() >= needs.modules().get(i).score());
    }
    TrainingModule management = needs.modules().stream()
        .filter(m -> m.needs().stream().anyMatch(n -> n.competenceId().equals("ogr-300440"))).findFirst().orElseThrow();
    assertEquals("1B", management.area().code(), "Management");
  }

  @Test
  void certifications_are_set_apart_and_the_cqp_leads_to_chargee_d_assistance() {
    // for holders of 0101 (accueil), 0102 is a passerelle; its sheet (004) names the CQP
    TrainingNeeds accueil = mobility.trainingNeeds("0101");
    Certification cqp = accueil.certifications().stream().filter(c -> c.text().contains("CQP")).findFirst().orElseThrow();
    assertEquals(Certification.REFERENTIAL, cqp.source());
    assertEquals(List.of("0102"), cqp.targets());
    assertEquals(cqp, accueil.certifications().get(0), "the branch's own certification first");
    assertTrue(accueil.modules().stream().anyMatch(m -> m.certifications().contains(cqp.id())));
    java.util.Set<String> certified = accueil.certifications().stream().map(Certification::id)
        .collect(Collectors.toSet());
    assertTrue(accueil.needs().stream().noneMatch(n -> certified.contains(n.competenceId())));
  }

  @Test
  void the_arm_diploma_is_linked_to_a_module_of_the_teleconseiller_s_needs() {
    assumeTrue(TestEngine.withRome(), "the ARM diploma is ROME's (D1436)");
    TrainingNeeds d1408 = mobility.trainingNeeds("D1408");
    Certification arm = d1408.certifications().stream().filter(c -> c.id().equals("ogr-514291")).findFirst()
        .orElseThrow();
    assertEquals("Diplôme d'assistant de régulation médicale", arm.text());
    assertTrue(arm.targets().contains("D1436"), arm.toString());
    assertTrue(d1408.modules().stream().anyMatch(m -> m.certifications().contains("ogr-514291")));
  }

  @Test
  void management_methods_are_a_need_for_the_move_to_encadrant() {
    // 0103-C06 (management methods) stands for ROME's "Animer, coordonner une équipe" (reviewed
    // alignment): tallied under that item, with the borrowed targets that miss it too
    TrainingNeed management = needs.needs().stream().filter(n -> n.competenceId().equals("ogr-300440")).findFirst()
        .orElseThrow();
    assertTrue(management.degree2() >= 1);
    assertTrue(management.toAcquire() >= 2);
    assertEquals("1", management.field().code());
    assertTrue(management.targets().contains("0103"));
  }

  @Test
  void headcounts_weigh_each_metier_s_passerelles() {
    TrainingNeeds population = mobility.trainingNeeds(List.of(new Headcount("0102", 2799), new Headcount("0105", 13)));
    TrainingNeeds alone0105 = mobility.trainingNeeds("0105");
    Map<String, TrainingNeed> a = needs.needs().stream().collect(Collectors.toMap(TrainingNeed::competenceId, Function.identity()));
    Map<String, TrainingNeed> b = alone0105.needs().stream().collect(Collectors.toMap(TrainingNeed::competenceId, Function.identity()));
    for (TrainingNeed n : population.needs()) {
      long expected = 2799L * (a.containsKey(n.competenceId()) ? a.get(n.competenceId()).passerelles() : 0)
          + 13L * (b.containsKey(n.competenceId()) ? b.get(n.competenceId()).passerelles() : 0);
      assertEquals(expected, n.weight(), n.competenceId());
    }
    assertEquals(2, population.population().size());
  }

  @Test
  void rome_items_needed_by_several_targets_are_counted_once_per_target() {
    assumeTrue(TestEngine.withRome(), "ROME items are shared by the borrowed targets");
    TrainingNeed team = needs.needs().stream().filter(n -> n.competenceId().equals("ogr-300440")).findFirst().orElseThrow();
    assertEquals("Animer, coordonner une équipe", team.text());
    assertTrue(team.passerelles() >= 3, team.toString());
    assertEquals(team.passerelles(), team.targets().size());
    assertFalse(needs.needs().get(0).targets().isEmpty());
  }

  @Test
  void an_unknown_metier_in_the_population_is_rejected() {
    assertThrows(UnknownMetierException.class, () -> mobility.trainingNeeds(List.of(new Headcount("0999", 3))));
    assertThrows(IllegalArgumentException.class, () -> new Headcount("0102", 0));
  }
}
