package fr.passerelles.mobility;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the métiers closest to an origin state, as a sign of what the origin's people do even where
 * their own sheet words it otherwise or not at all (docs/mobility.md § 4, "Key gaps"): a secretary's
 * sheet does not say "Gérer les appels téléphoniques entrants et sortants", but the sheets around it
 * do. {@link #share} is the share of the origin's nearest profiles (by competence overlap, the target
 * and its near-copies left out) that cover a target competence. Thread-safe; each origin's
 * neighbours are found once, each neighbour indexed once ({@link CompetenceCoverage#origin}).
 */
final class Neighbourhood {
  /** Nearest profiles asked for; the target and its near-copies are then left out. */
  static final int SIZE = 10;
  /** A profile this close to the target states the target itself (two métiers borrowing one sheet). */
  static final double SAME_AS_TARGET = 0.9;

  private final ProfileSimilarity similarity;
  private final CompetenceCoverage coverage;
  private final Map<String, List<MetierProfile>> nearest = new ConcurrentHashMap<>();

  Neighbourhood(ProfileSimilarity similarity, CompetenceCoverage coverage) {
    this.similarity = similarity;
    this.coverage = coverage;
  }

  /** The neighbours of {@code origin} that say something of its work beside {@code target}. */
  List<CompetenceCoverage.Origin> of(String origin, String target) {
    List<MetierProfile> around = nearest.computeIfAbsent(origin, id -> similarity
        .rank(id, p -> !p.umbrella() && !p.competences().isEmpty()).stream()
        .limit(SIZE + 2)
        .map(ProfileSimilarity.Scored::profile).toList());
    return around.stream()
        .filter(p -> !p.id().equals(target) && similarity.overlap(p.id(), target) < SAME_AS_TARGET)
        .limit(SIZE)
        .map(coverage::origin)
        .toList();
  }

  /** Share of {@code around} that covers {@code c} (same item, equivalent, its macro or close text). */
  static double share(List<CompetenceCoverage.Origin> around, ProfileCompetence c) {
    if (around.isEmpty()) {
      return 0;
    }
    return around.stream().filter(o -> o.coveredBy(c) != null).count() / (double) around.size();
  }
}
