package fr.passerelles.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names' words as the neighbours signal compares them ({@link TitleDictionary.Nearness#neighboursBySheet}):
 * whole, and also cut to their first {@link #PREFIX} letters, so that a derived word meets its base
 * ("documentation" and "documentaliste", "sylvicole" and "sylviculteur") while a whole word keeps
 * apart what a prefix confuses ("téléconseiller", "télécommunications"); each key weighted by how few <em>sheets</em>
 * carry them among their names, not how few names: "maraîcher" written in ten names of one sheet
 * tells that sheet apart as well as a word written once. A word none of the names has borrows, at
 * {@link #BACKOFF} of its weight, the known words ending or starting with the same
 * {@link #BACKOFF_LETTERS} letters or more ("pruniculteur" → "arboriculteur", "hypnothérapeute" →
 * "psychothérapeute"), when they are few. Immutable.
 */
final class NameVotes {
  /** Letters a word is cut to: 6 ranked the held-out train appellations best of 5 to 8 (docs/quality.md). */
  static final int PREFIX = 6;
  /** Shared letters at the end or start of an unknown word and a known one, at least. */
  static final int BACKOFF_LETTERS = 8;
  /** What an unknown word's known look-alike counts, against the word itself. */
  static final double BACKOFF = 0.5;
  /** At most this many look-alikes: more say the ending is a common suffix, not a shared stem. */
  static final int BACKOFF_MAX = 5;

  /** Per prefix, the numbers of the names that have it (ascending). */
  private final Map<String, int[]> byPrefix;
  private final Map<String, Double> idf;
  private final double unknownIdf;
  /** Per name, the sum of its distinct prefixes' idf. */
  private final double[] weights;
  /** Every full term of the names, for the back-off of an unknown word. */
  private final String[] vocabulary;

  /**
   * @param names each name's analyzed terms
   * @param sheets each name's sheets
   */
  NameVotes(List<String[]> names, List<int[]> sheets) {
    Map<String, List<Integer>> index = new HashMap<>();
    Map<String, Set<Integer>> sheetsOf = new HashMap<>();
    Set<String> vocab = new java.util.TreeSet<>();
    Set<Integer> allSheets = new java.util.HashSet<>();
    for (int n = 0; n < names.size(); n++) {
      for (String p : prefixes(names.get(n))) {
        index.computeIfAbsent(p, k -> new ArrayList<>()).add(n);
        Set<Integer> s = sheetsOf.computeIfAbsent(p, k -> new java.util.HashSet<>());
        for (int sheet : sheets.get(n)) {
          s.add(sheet);
        }
      }
      vocab.addAll(List.of(names.get(n)));
      for (int sheet : sheets.get(n)) {
        allSheets.add(sheet);
      }
    }
    int total = allSheets.size();
    Map<String, int[]> postings = new HashMap<>();
    Map<String, Double> idfs = new HashMap<>();
    index.forEach((p, ns) -> {
      postings.put(p, ns.stream().mapToInt(Integer::intValue).toArray());
      idfs.put(p, Math.log(1 + total / (double) sheetsOf.get(p).size()));
    });
    this.byPrefix = Map.copyOf(postings);
    this.idf = Map.copyOf(idfs);
    this.unknownIdf = Math.log(1 + total);
    this.weights = new double[names.size()];
    for (int n = 0; n < names.size(); n++) {
      for (String p : prefixes(names.get(n))) {
        weights[n] += idf.get(p);
      }
    }
    this.vocabulary = vocab.toArray(String[]::new);
  }

  static String prefix(String term) {
    return term.length() <= PREFIX ? term : term.substring(0, PREFIX);
  }

  /** A word's whole form, as a key apart from the prefixes ("=" is no analyzed term's start). */
  static String whole(String term) {
    return "=" + term;
  }

  /** A name's keys: each word's prefix and its whole form. */
  private static Set<String> prefixes(String[] terms) {
    Set<String> out = new LinkedHashSet<>();
    for (String t : terms) {
      out.add(prefix(t));
      out.add(whole(t));
    }
    return out;
  }

  /** A line's prefixes with the weight each brings to a name that has it, and the line's own weight. */
  record Line(Map<String, Double> prefixes, double weight) {}

  /**
   * A line as compared with the names: per position (a word and its synonyms) the best-known
   * prefix's idf counts in the line's weight, an unknown word the idf of a word no sheet has.
   */
  Line line(List<Set<String>> positions) {
    Map<String, Double> shared = new HashMap<>();
    double weight = 0;
    for (Set<String> at : positions) {
      double bestPrefix = 0;
      double bestWhole = 0;
      for (String t : at) {
        Double p = idf.get(prefix(t));
        if (p != null) {
          bestPrefix = Math.max(bestPrefix, p);
          shared.merge(prefix(t), p, Math::max);
        }
        Double w = idf.get(whole(t));
        if (w != null) {
          bestWhole = Math.max(bestWhole, w);
          shared.merge(whole(t), w, Math::max);
        }
      }
      if (bestPrefix == 0) {
        for (String t : at) {
          for (String like : lookAlikes(t)) {
            shared.merge(prefix(like), BACKOFF * idf.get(prefix(like)), Math::max);
            shared.merge(whole(like), BACKOFF * idf.get(whole(like)), Math::max);
          }
        }
      }
      weight += (bestPrefix == 0 ? unknownIdf : bestPrefix) + (bestWhole == 0 ? unknownIdf : bestWhole);
    }
    return new Line(shared, weight);
  }

  /** The names that have the prefix (ascending numbers), or none. */
  int[] names(String prefix) {
    return byPrefix.getOrDefault(prefix, EMPTY);
  }

  double weight(int name) {
    return weights[name];
  }

  private static final int[] EMPTY = {};

  /**
   * Known words sharing the longest ending or beginning with an unknown one, at least
   * {@link #BACKOFF_LETTERS} letters; none when more than {@link #BACKOFF_MAX} tie.
   */
  List<String> lookAlikes(String term) {
    if (term.length() < BACKOFF_LETTERS) {
      return List.of();
    }
    int best = BACKOFF_LETTERS;
    List<String> out = new ArrayList<>();
    for (String v : vocabulary) {
      int shared = Math.max(commonEnd(term, v), commonStart(term, v));
      if (shared < best) {
        continue;
      }
      if (shared > best) {
        best = shared;
        out.clear();
      }
      out.add(v);
    }
    return out.size() > BACKOFF_MAX ? List.of() : out;
  }

  private static int commonEnd(String a, String b) {
    int k = 0;
    while (k < a.length() && k < b.length() && a.charAt(a.length() - 1 - k) == b.charAt(b.length() - 1 - k)) {
      k++;
    }
    return k;
  }

  private static int commonStart(String a, String b) {
    int k = 0;
    while (k < a.length() && k < b.length() && a.charAt(k) == b.charAt(k)) {
      k++;
    }
    return k;
  }
}
