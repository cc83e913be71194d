package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A métier's profile as one person holds it: without the competences they say they do not master,
 * with those they hold that their text did not show. It keeps the métier's id, so the overlap
 * ranking and the referential's moves stay the métier's; gaps are computed from its competences.
 */
final class PersonalProfile {
  private PersonalProfile() {}

  /** Whether {@code c} is, or stands for (alignment), one of the {@code denied} ids. */
  static boolean denies(Set<String> denied, ProfileCompetence c) {
    if (denied.isEmpty()) {
      return false;
    }
    if (denied.contains(c.id())) {
      return true;
    }
    for (String e : c.equivalents()) {
      if (denied.contains(e)) {
        return true;
      }
    }
    return false;
  }

  static MetierProfile of(MetierProfile base, Set<String> exclude, List<ProfileCompetence> include) {
    if (exclude.isEmpty() && include.isEmpty()) {
      return base;
    }
    List<ProfileCompetence> competences = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (ProfileCompetence c : base.competences()) {
      if (!denies(exclude, c) && ids.add(c.id())) {
        competences.add(c);
      }
    }
    for (ProfileCompetence c : include) {
      if (ids.add(c.id())) {
        competences.add(c);
      }
    }
    List<ProfileCompetence> bridge = base.counterpartCompetences().stream().filter(c -> !denies(exclude, c)).toList();
    return new MetierProfile(base.id(), base.type(), base.metier(), base.title(), base.family(), base.familyLabel(),
        base.metier2024(), base.classification(), base.regulation(), base.sources(), base.counterparts(),
        base.parent(), base.umbrella(), competences, bridge);
  }

  /** The share of {@code p}'s competence weight that is, or stands for, one of {@code ids}. */
  static double share(MetierProfile p, Set<String> ids) {
    double mass = p.mass();
    if (mass == 0 || ids.isEmpty()) {
      return 0;
    }
    double hit = 0;
    for (ProfileCompetence c : p.competences()) {
      if (denies(ids, c)) {
        hit += c.weight();
      }
    }
    return hit / mass;
  }
}
