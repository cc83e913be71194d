package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Training needs of a population (métiers with headcounts): every missing competence of every
 * passerelle of each métier, merged by competence, counted per degree and weighted by headcount.
 * Branch competences that stand for the same ROME item are merged under its id, so "Animer,
 * coordonner une équipe" needed by three targets counts three times.
 */
final class TrainingPlanner {
  private final Function<String, MobilityArea> areas;
  private final MetierProfiles profiles;

  TrainingPlanner(Function<String, MobilityArea> areas, MetierProfiles profiles) {
    this.areas = areas;
    this.profiles = profiles;
  }

  private static final class Tally {
    final GapCompetence first;
    final String id;
    final int[] degrees = new int[4];
    int acquire;
    int deepen;
    long weight;
    final Set<String> targets = new LinkedHashSet<>();

    Tally(String id, GapCompetence first) {
      this.id = id;
      this.first = first;
    }
  }

  TrainingNeeds plan(List<Headcount> population) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (Headcount h : population) {
      MobilityArea area = areas.apply(h.metier());
      for (Passerelle p : area.passerelles().toList()) {
        Map<String, ProfileCompetence> target = competences(p.target().id());
        Set<String> counted = new LinkedHashSet<>(); // one count per passerelle, even when merged
        for (GapCompetence c : p.missing()) {
          String key = key(c, target.get(c.id()));
          if (!counted.add(key)) {
            continue;
          }
          Tally t = tallies.computeIfAbsent(key, k -> new Tally(k, c));
          t.degrees[p.degree()]++;
          if (c.action() == GapCompetence.Action.ACQUIRE) {
            t.acquire++;
          } else {
            t.deepen++;
          }
          t.weight += h.people();
          t.targets.add(p.target().id());
        }
      }
    }
    List<TrainingNeed> needs = new ArrayList<>();
    for (Tally t : tallies.values()) {
      needs.add(new TrainingNeed(t.id, t.first.text(), t.first.kind(), t.first.field(), t.degrees[1], t.degrees[2],
          t.degrees[3], t.acquire, t.deepen, t.weight, List.copyOf(t.targets)));
    }
    needs.sort(Comparator.comparingLong(TrainingNeed::weight).reversed()
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree1).reversed())
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree2).reversed())
        .thenComparing(Comparator.comparingInt(TrainingNeed::degree3).reversed())
        .thenComparing(TrainingNeed::competenceId));
    return new TrainingNeeds(population, needs);
  }

  private Map<String, ProfileCompetence> competences(String targetId) {
    Map<String, ProfileCompetence> byId = new LinkedHashMap<>();
    profiles.profile(targetId).ifPresent(p -> p.competences().forEach(c -> byId.put(c.id(), c)));
    return byId;
  }

  /** The ROME item a competence is or stands for most strongly, else its own id. */
  private static String key(GapCompetence c, ProfileCompetence pc) {
    return pc == null ? c.id() : pc.romeItem().orElse(c.id());
  }
}
