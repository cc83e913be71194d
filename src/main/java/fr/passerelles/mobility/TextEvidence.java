package fr.passerelles.mobility;

import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import fr.passerelles.match.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The segments of a person's text, analyzed once, and the competences they evidence: a segment
 * evidences a competence when they share at least two analyzed terms (all of a shorter
 * competence's) and the cosine of their IDF-weighted terms reaches {@link #MIN_STRENGTH}.
 */
final class TextEvidence {
  /** Stricter than match evidence (0.2): here it removes a competence from what is left to learn. */
  static final double MIN_STRENGTH = 0.4;
  static final int MIN_SHARED = 2;

  private final TermVectors vectors;
  private final List<TextSpan> segments = new ArrayList<>();
  private final List<Double> norms = new ArrayList<>();
  private final Map<String, List<Integer>> byTerm = new HashMap<>();

  TextEvidence(List<TextSpan> spans, Analyzer analyzer, TermVectors vectors) {
    this.vectors = vectors;
    for (TextSpan span : spans) {
      Set<String> terms = new LinkedHashSet<>(IndexBuilder.analyzedTerms(analyzer, IndexFields.TEXT, span.text()));
      terms.removeIf(vectors::ignored);
      if (terms.isEmpty()) {
        continue;
      }
      int i = segments.size();
      segments.add(span);
      norms.add(vectors.norm2(terms));
      terms.forEach(t -> byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(i));
    }
  }

  /** The segment that best evidences {@code c}, if one is close enough. */
  Optional<EvidencedCompetence> evidence(ProfileCompetence c) {
    Set<String> terms = new LinkedHashSet<>(c.terms());
    terms.removeIf(vectors::ignored);
    double norm = vectors.norm2(terms);
    if (norm == 0) {
      return Optional.empty();
    }
    double[] shared = new double[segments.size()];
    int[] count = new int[segments.size()];
    for (String t : terms) {
      List<Integer> owners = byTerm.get(t);
      if (owners != null) {
        double w = vectors.weight(t);
        for (int i : owners) {
          shared[i] += w * w;
          count[i]++;
        }
      }
    }
    int need = Math.min(MIN_SHARED, terms.size());
    int best = -1;
    double bestStrength = MIN_STRENGTH;
    for (int i = 0; i < shared.length; i++) {
      if (count[i] >= need) {
        double strength = shared[i] / Math.sqrt(norm * norms.get(i));
        if (strength >= bestStrength) {
          bestStrength = strength;
          best = i;
        }
      }
    }
    return best < 0 ? Optional.empty()
        : Optional.of(new EvidencedCompetence(c.id(), c.text(), segments.get(best), DegreeRule.round(bestStrength)));
  }
}
