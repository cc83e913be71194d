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
  void needs_come_most_needed_first() {
    Comparator<TrainingNeed> order = Comparator.comparingLong(TrainingNeed::weight).reversed()
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree1).reversed())
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree2).reversed())
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree3).reversed())
        .thenComparing(TrainingNeed::competenceId);
    assertEquals(needs.needs().stream().sorted(order).toList(), needs.needs());
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
