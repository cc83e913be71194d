package fr.passerelles.mobility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Whether an origin already has a target's competence, judged as the analysis chain and the
 * alignment see them, never by exact strings: the same item, a branch competence aligned to that
 * ROME item, or two texts whose IDF-weighted analyzed terms are close enough (cosine at least
 * {@link MobilitySettings#textEquivalence()}).
 */
final class CompetenceCoverage {
  private final TermVectors vectors;
  private final double textEquivalence;
  private final OriginMemo<Origin> origins = new OriginMemo<>(p -> new Origin(p.competences()));

  CompetenceCoverage(TermVectors vectors, double textEquivalence) {
    this.vectors = vectors;
    this.textEquivalence = textEquivalence;
  }

  /**
   * The competences without near-duplicates: an item whose text is at least {@code nearSame} close
   * to one kept before it (the two versions of a sheet, two borrowed sheets stating the same item)
   * is dropped; the list is in the caller's order, so put the preferred ones first.
   */
  List<ProfileCompetence> distinct(List<ProfileCompetence> items, double nearSame) {
    List<ProfileCompetence> kept = new ArrayList<>();
    Map<String, int[]> byTerm = new HashMap<>(); // the kept items' terms, indexed as they are kept
    double[] norms = new double[items.size()];
    for (ProfileCompetence c : items) {
      if (closest(c.terms(), nearSame, byTerm, norms, kept.size()) < 0) {
        for (String t : new LinkedHashSet<>(c.terms())) {
          int[] owners = byTerm.get(t);
          int[] grown = owners == null ? new int[1] : java.util.Arrays.copyOf(owners, owners.length + 1);
          grown[grown.length - 1] = kept.size();
          byTerm.put(t, grown);
        }
        norms[kept.size()] = vectors.norm2(new LinkedHashSet<>(c.terms()));
        kept.add(c);
      }
    }
    return kept;
  }

  /**
   * The position of the competence whose text is closest to these terms, by the cosine of their
   * IDF-weighted terms, if at least {@code threshold}; else -1. The first of equal ones.
   *
   * @param byTerm for each term, the positions (ascending) of the competences that have it
   * @param norms each competence's squared norm
   * @param count how many competences there are
   */
  private int closest(Collection<String> text, double threshold, Map<String, int[]> byTerm, double[] norms, int count) {
    LinkedHashSet<String> terms = new LinkedHashSet<>(text);
    double norm = vectors.norm2(terms);
    if (norm == 0) {
      return -1;
    }
    double[] shared = new double[count];
    for (String t : terms) {
      int[] owners = byTerm.get(t);
      if (owners != null) {
        double w = vectors.weight(t);
        for (int i : owners) {
          shared[i] += w * w;
        }
      }
    }
    int best = -1;
    double bestCosine = threshold;
    for (int i = 0; i < shared.length; i++) {
      if (shared[i] > 0) {
        double cos = shared[i] / Math.sqrt(norm * norms[i]);
        if (cos >= bestCosine) {
          bestCosine = cos;
          best = i;
        }
      }
    }
    return best;
  }

  /**
   * The origin's competences, indexed for look-ups: once per origin (a passerelles answer asks with
   * every target), the engine's own profiles when it opens ({@link #indexAll}).
   */
  Origin origin(MetierProfile profile) {
    return origins.get(profile);
  }

  /** Indexes these origins now, each instance for good (called once, when the engine opens). */
  void indexAll(java.util.Collection<MetierProfile> profiles) {
    Map<MetierProfile, Origin> all = new java.util.IdentityHashMap<>();
    profiles.forEach(p -> all.put(p, new Origin(p.competences())));
    origins.fix(all);
  }

  final class Origin {
    private final Map<String, String> byEquivalent = new HashMap<>();
    private final Map<Integer, String> byMacro = new HashMap<>();
    private final List<ProfileCompetence> competences;
    /** For each analyzed term, the competences (positions) that have it: arrays, as every origin is kept. */
    private final Map<String, int[]> byTerm;
    private final double[] norms;

    private Origin(List<ProfileCompetence> competences) {
      this.competences = competences;
      this.norms = new double[competences.size()];
      Map<String, List<Integer>> terms = new HashMap<>();
      for (int i = 0; i < competences.size(); i++) {
        ProfileCompetence c = competences.get(i);
        c.equivalents().forEach(e -> byEquivalent.putIfAbsent(e, c.id()));
        if (c.macro() != 0 && !"savoir".equals(c.kind())) { // a savoir's macro is only inferred
          byMacro.putIfAbsent(c.macro(), c.id());
        }
        for (String t : new LinkedHashSet<>(c.terms())) {
          terms.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
        }
        norms[i] = vectors.norm2(new LinkedHashSet<>(c.terms()));
      }
      this.byTerm = new HashMap<>(terms.size() * 4 / 3 + 1);
      terms.forEach((t, at) -> {
        int[] a = new int[at.size()];
        for (int k = 0; k < a.length; k++) {
          a[k] = at.get(k);
        }
        byTerm.put(t, a);
      });
    }

    /**
     * The id of the origin competence that partly matches {@code c} — same macro-compétence of
     * ROME's tree, or a text at least {@code partial} close — or null: the evidence that makes a
     * missing competence one to deepen rather than to acquire.
     */
    String relatedTo(ProfileCompetence c, double partial) {
      if (c.macro() != 0) {
        for (ProfileCompetence o : competences) {
          if (o.macro() == c.macro()) {
            return o.id();
          }
        }
      }
      return closest(c.terms(), partial);
    }

    /**
     * The id of the origin competence that covers {@code c}, or null. A macro-compétence that a
     * sheet states as an item ("Gérer un planning") is covered by any origin competence inside it
     * ("Gérer les agendas et planifier des rendez-vous"): the origin does a concrete form of the
     * general competence. The converse does not hold: a concrete item is more than its macro.
     */
    String coveredBy(ProfileCompetence c) {
      for (String e : c.equivalents()) {
        String id = byEquivalent.get(e);
        if (id != null) {
          return id;
        }
      }
      if (c.isMacro() && byMacro.containsKey(c.macro())) {
        return byMacro.get(c.macro());
      }
      return coveredByText(c.terms());
    }

    /** The origin competence whose text is closest to these terms, if close enough; else null. */
    String coveredByText(Collection<String> text) {
      return closest(text, textEquivalence);
    }

    private String closest(Collection<String> text, double threshold) {
      int i = CompetenceCoverage.this.closest(text, threshold, byTerm, norms, competences.size());
      return i < 0 ? null : competences.get(i).id();
    }
  }
}
