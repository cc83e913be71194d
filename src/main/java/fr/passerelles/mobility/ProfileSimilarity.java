package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Competence overlap of two métiers: the cosine of their competence vectors. Each competence adds
 * the ROME items it is or stands for (its weight w), its macro-compétence, its field and its
 * analyzed terms (lead words left out), each at w times its {@link OverlapWeights}; all are then
 * weighted by IDF over the profiles, so sharing a rare item says
 * more than sharing "respecter les procédures". Vectors and an inverted index are built once;
 * ranking every profile against one is a sparse dot product. Thread-safe.
 */
final class ProfileSimilarity {
  private final List<MetierProfile> profiles;
  private final Map<String, Integer> indexOf = new HashMap<>();
  private final List<Map<String, Double>> vectors = new ArrayList<>();
  private final double[] norms;
  private final Map<String, List<Posting>> postings = new HashMap<>();
  private final OverlapWeights weights;

  private record Posting(int profile, double value) {}

  /** A profile and its overlap with the query profile. */
  record Scored(MetierProfile profile, double overlap) {}

  ProfileSimilarity(List<MetierProfile> profiles, TermVectors terms, OverlapWeights weights) {
    this.profiles = List.copyOf(profiles);
    this.weights = weights;
    Map<String, Integer> df = new HashMap<>();
    for (int i = 0; i < this.profiles.size(); i++) {
      MetierProfile p = this.profiles.get(i);
      indexOf.put(p.id(), i);
      Map<String, Double> v = raw(p, terms, weights);
      v.keySet().forEach(f -> df.merge(f, 1, Integer::sum));
      vectors.add(v);
    }
    int n = this.profiles.size();
    norms = new double[n];
    for (int i = 0; i < n; i++) {
      Map<String, Double> v = vectors.get(i);
      double norm = 0;
      for (Map.Entry<String, Double> e : v.entrySet()) {
        double w = e.getValue() * Math.log((double) n / df.get(e.getKey()));
        e.setValue(w);
        norm += w * w;
        postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Posting(i, w));
      }
      norms[i] = Math.sqrt(norm);
    }
  }

  private static Map<String, Double> raw(MetierProfile p, TermVectors terms, OverlapWeights weights) {
    Map<String, Double> v = new HashMap<>();
    for (ProfileCompetence c : java.util.stream.Stream.concat(p.competences().stream(),
        p.counterpartCompetences().stream()).toList()) {
      for (String e : c.equivalents()) {
        if (e.startsWith("ogr-")) { // a branch item's own id is shared by no other sheet
          v.merge("i:" + e, c.weight(), Double::sum);
        }
      }
      if (c.macro() != 0 && weights.macro() > 0) {
        v.merge("m:" + c.macro(), weights.macro() * c.weight(), Double::sum);
      }
      if (c.field() != null && weights.field() > 0) {
        v.merge("f:" + c.field().code(), weights.field() * c.weight(), Double::sum);
      }
      if (weights.term() > 0) {
        for (String t : c.terms()) {
          if (!terms.ignored(t)) {
            v.merge("t:" + t, weights.term() * c.weight(), Double::sum);
          }
        }
      }
    }
    return v;
  }

  /** Overlap of two profiles, 0 when either is unknown. */
  double overlap(String a, String b) {
    Integer i = indexOf.get(a);
    Integer j = indexOf.get(b);
    if (i == null || j == null || norms[i] == 0 || norms[j] == 0) {
      return 0;
    }
    Map<String, Double> small = vectors.get(i).size() <= vectors.get(j).size() ? vectors.get(i) : vectors.get(j);
    Map<String, Double> large = small == vectors.get(i) ? vectors.get(j) : vectors.get(i);
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot / (norms[i] * norms[j]);
  }

  /**
   * Profiles accepted by {@code filter}, best first for {@code id} (itself excluded): by overlap plus
   * the family and grand-domaine bonuses of {@link OverlapWeights}.
   */
  List<Scored> rank(String id, Predicate<MetierProfile> filter) {
    Integer q = indexOf.get(id);
    if (q == null || norms[q] == 0) {
      return List.of();
    }
    double[] dot = new double[profiles.size()];
    for (Map.Entry<String, Double> e : vectors.get(q).entrySet()) {
      for (Posting p : postings.get(e.getKey())) {
        dot[p.profile()] += e.getValue() * p.value();
      }
    }
    record Ranked(Scored scored, double score) {}
    List<Ranked> ranked = new ArrayList<>();
    MetierProfile origin = profiles.get(q);
    for (int i = 0; i < dot.length; i++) {
      if (i != q && dot[i] > 0 && filter.test(profiles.get(i))) {
        double overlap = dot[i] / (norms[q] * norms[i]);
        ranked.add(new Ranked(new Scored(profiles.get(i), overlap), overlap + bonus(origin, profiles.get(i))));
      }
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(r -> r.scored().profile().id()));
    return ranked.stream().map(Ranked::scored).toList();
  }

  private double bonus(MetierProfile a, MetierProfile b) {
    if (weights.family() == 0 && weights.domain() == 0) {
      return 0;
    }
    double bonus = 0;
    String fa = family(a);
    if (fa != null && fa.equals(family(b))) {
      bonus += weights.family();
    }
    if (a.type() == SheetType.ROME && b.type() == SheetType.ROME && a.id().charAt(0) == b.id().charAt(0)) {
      bonus += weights.domain();
    }
    return bonus;
  }

  /**
   * A ROME sheet's domaine professionnel (D14 of D1408); none for a branch métier: the bonus was
   * chosen on ROME's links, and the branch's stated moves are career paths across families.
   */
  private static String family(MetierProfile p) {
    return p.type() == SheetType.ROME && p.id().length() >= 3 ? p.id().substring(0, 3) : null;
  }
}
