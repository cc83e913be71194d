package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an origin already has a target's competence, judged as the analysis chain and the
 * alignment see them, never by exact strings: the same item, a branch competence aligned to that
 * ROME item, or two texts whose IDF-weighted analyzed terms are close enough.
 */
final class CompetenceCoverage {
  private final TermVectors vectors;
  private final double textEquivalence;

  CompetenceCoverage(TermVectors vectors, double textEquivalence) {
    this.vectors = vectors;
    this.textEquivalence = textEquivalence;
  }

  /** The origin's competences, indexed for repeated look-ups. */
  Origin origin(MetierProfile profile) {
    return new Origin(profile);
  }

  final class Origin {
    private final Map<String, String> byEquivalent = new HashMap<>();
    private final List<ProfileCompetence> competences;
    private final List<Set<String>> terms = new ArrayList<>();

    private Origin(MetierProfile profile) {
      this.competences = profile.competences();
      for (ProfileCompetence c : competences) {
        c.equivalents().forEach(e -> byEquivalent.putIfAbsent(e, c.id()));
        terms.add(new HashSet<>(c.terms()));
      }
    }

    /** The id of the origin competence that covers {@code c}, or null. */
    String coveredBy(ProfileCompetence c) {
      for (String e : c.equivalents()) {
        String id = byEquivalent.get(e);
        if (id != null) {
          return id;
        }
      }
      return coveredByText(c.terms());
    }

    /** The origin competence whose text is closest to {@code text}'s terms, if close enough. */
    String coveredByText(java.util.Collection<String> text) {
      String best = null;
      double bestCosine = textEquivalence;
      for (int i = 0; i < competences.size(); i++) {
        double cos = vectors.cosine(text, terms.get(i));
        if (cos >= bestCosine) {
          bestCosine = cos;
          best = competences.get(i).id();
        }
      }
      return best;
    }
  }
}
