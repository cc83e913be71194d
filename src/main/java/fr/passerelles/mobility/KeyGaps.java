package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The few missing competences that matter most in the target (docs/mobility.md § 4, "Key gaps"):
 * each scored by its weight in the target (core item or majority situation), the share of the
 * target's work in its field and its kind; for a target that borrows a ROME sheet, only what that
 * sheet says of the métier counts fully (items sharing a word with its title, then core items), and
 * management items only when the métier manages. At most {@link MobilitySettings#keyGaps()},
 * grouped by area (enjeu), the most important area first.
 */
final class KeyGaps {
  /** Enjeux of management and human resources (ROME 1B, 1C). */
  private static final Set<String> MANAGEMENT_AREAS = Set.of("1B", "1C");

  private final Function<String, Set<String>> titleTerms;
  private final int limit;

  /** @param titleTerms analyzed terms of a title (index chain) */
  KeyGaps(Function<String, Set<String>> titleTerms, int limit) {
    this.titleTerms = titleTerms;
    this.limit = limit;
  }

  List<GapCompetence> select(MetierProfile target, List<GapCompetence> missing, Map<String, ProfileCompetence> byId) {
    Map<CompetenceField, Double> share = shares(target);
    Set<String> title = target.borrowed() ? titleTerms.apply(target.title()) : Set.of();
    boolean manages = target.classification() != null && target.classification().management();
    Map<GapCompetence, Double> score = new HashMap<>();
    for (GapCompetence g : missing) {
      double s = g.weight() * (1 + share.getOrDefault(g.field(), 0.0)) * kind(g.kind());
      if (target.borrowed()) {
        ProfileCompetence p = byId.get(g.id());
        boolean named = p != null && p.terms().stream().anyMatch(title::contains);
        s *= named ? 1.0 : g.weight() >= 1 ? 0.6 : 0.25;
        if (!manages && g.area() != null && MANAGEMENT_AREAS.contains(g.area().code())) {
          continue; // a borrowed sheet's management items are not this métier's
        }
      }
      score.put(g, s);
    }
    List<GapCompetence> top = score.keySet().stream()
        .sorted(Comparator.comparingDouble((GapCompetence g) -> -score.get(g)).thenComparing(GapCompetence::id))
        .limit(limit).toList();
    Map<String, List<GapCompetence>> byArea = new LinkedHashMap<>(); // first seen = best area first
    for (GapCompetence g : top) {
      byArea.computeIfAbsent(g.area() == null ? "" : g.area().code(), k -> new ArrayList<>()).add(g);
    }
    List<GapCompetence> out = new ArrayList<>();
    byArea.values().forEach(out::addAll);
    return out;
  }

  private static Map<CompetenceField, Double> shares(MetierProfile target) {
    Map<CompetenceField, Double> mass = target.fieldMass();
    double total = mass.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<CompetenceField, Double> out = new HashMap<>();
    mass.forEach((f, m) -> out.put(f, total == 0 ? 0 : m / total));
    return out;
  }

  /** Know-how first: a savoir-être or a language says less about what one must learn for the job. */
  private static double kind(String kind) {
    if (kind == null) {
      return 1;
    }
    return switch (kind) {
      case "savoir-faire" -> 1.0;
      case "savoir" -> 0.8;
      default -> 0.6;
    };
  }
}
