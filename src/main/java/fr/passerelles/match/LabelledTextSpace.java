package fr.passerelles.match;

import fr.passerelles.corpus.LabelledText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labelled texts' vectors ({@link ExampleVote}) as an inverted index: term → the texts holding
 * it and their weights, and the same for the ROME sheets' centroids of their texts. Built once per
 * set of texts left out, then read-only.
 */
record LabelledTextSpace(Map<String, Posting> postings, Map<String, Double> idf, List<List<String>> labels,
    List<List<String>> romeLabels, Map<String, Posting> centroidPostings, List<String> centroidCodes) {
  record Posting(int[] texts, float[] weights) {}

  /**
   * @param withCentroids whether the ROME sheets' centroids are built too (they are read only when
   *     the vote asks for them: {@link ExampleVote.RomeCentroid})
   */
  static LabelledTextSpace of(List<LabelledText> texts, List<Map<String, Integer>> counts, Set<String> leftOut,
      boolean withCentroids) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!leftOut.contains(texts.get(i).set())) {
        kept.add(i);
      }
    }
    Map<String, Integer> df = new HashMap<>();
    for (int i : kept) {
      counts.get(i).keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = kept.size();
    Map<String, Double> idf = new HashMap<>();
    df.forEach((t, d) -> idf.put(t, Math.log((n + 1.0) / d)));
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    List<List<String>> labels = new ArrayList<>(n);
    List<List<String>> romeLabels = new ArrayList<>(n);
    Map<String, Map<String, Double>> centroids = new java.util.TreeMap<>();
    for (int i : kept) {
      Map<String, Double> v = new HashMap<>();
      counts.get(i).forEach((t, c) -> v.put(t, Math.log1p(c) * idf.get(t)));
      vectors.add(v);
      labels.add(texts.get(i).branch().stream().map(ExampleVote::metierOf).distinct().toList());
      List<String> rome = texts.get(i).rome().stream().distinct().toList();
      romeLabels.add(rome);
      // a text with two ROME labels gives each of their centroids half of its unit vector
      double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
      for (String code : withCentroids ? rome : List.<String>of()) {
        Map<String, Double> c = centroids.computeIfAbsent(code, x -> new HashMap<>());
        v.forEach((t, w) -> c.merge(t, w / norm / rome.size(), Double::sum));
      }
    }
    List<String> codes = List.copyOf(centroids.keySet());
    return new LabelledTextSpace(postings(vectors), Map.copyOf(idf), List.copyOf(labels), List.copyOf(romeLabels),
        postings(codes.stream().map(centroids::get).toList()), codes);
  }

  /** Unit-length vectors as an inverted index: term → the vectors holding it and their weights. */
  private static Map<String, Posting> postings(List<Map<String, Double>> vectors) {
    Map<String, List<Integer>> docs = new HashMap<>();
    Map<String, List<Float>> weights = new HashMap<>();
    for (int d = 0; d < vectors.size(); d++) {
      Map<String, Double> v = vectors.get(d);
      double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
      int doc = d;
      v.forEach((t, w) -> {
        docs.computeIfAbsent(t, x -> new ArrayList<>()).add(doc);
        weights.computeIfAbsent(t, x -> new ArrayList<>()).add((float) (w / norm));
      });
    }
    Map<String, Posting> out = new HashMap<>();
    docs.forEach((t, d) -> {
      List<Float> w = weights.get(t);
      float[] ws = new float[w.size()];
      for (int p = 0; p < ws.length; p++) {
        ws[p] = w.get(p);
      }
      out.put(t, new Posting(d.stream().mapToInt(Integer::intValue).toArray(), ws));
    });
    return Map.copyOf(out);
  }

  /** The text's tf-idf vector over the labelled texts' terms, unit length (empty: no term known). */
  private Map<String, Double> query(Map<String, Double> queryCounts) {
    Map<String, Double> q = new HashMap<>();
    queryCounts.forEach((t, c) -> {
      Double f = idf.get(t);
      if (f != null && c > 0) {
        q.put(t, Math.log1p(c) * f);
      }
    });
    double norm = Math.sqrt(q.values().stream().mapToDouble(w -> w * w).sum());
    q.replaceAll((t, w) -> w / norm);
    return q;
  }

  /** Each of the {@code depth} nearest centroids' ROME code → its cosine over the nearest one's. */
  Map<String, Double> centroids(Map<String, Double> queryCounts, int depth) {
    double[] cos = new double[centroidCodes.size()];
    query(queryCounts).forEach((t, w) -> {
      Posting p = centroidPostings.get(t);
      if (p != null) {
        for (int i = 0; i < p.texts().length; i++) {
          cos[p.texts()[i]] += w * p.weights()[i];
        }
      }
    });
    Integer[] order = new Integer[cos.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(cos[b], cos[a]));
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < Math.min(depth, order.length) && cos[order[i]] > 0; i++) {
      out.put(centroidCodes.get(order[i]), cos[order[i]] / cos[order[0]]);
    }
    return Map.copyOf(out);
  }

  ExampleVote.Shares shares(Map<String, Double> queryCounts, int k, double romeGate, double romeFloor) {
    Map<String, Double> q = query(queryCounts);
    if (q.isEmpty()) {
      return ExampleVote.Shares.NONE;
    }
    double[] cos = new double[labels.size()];
    q.forEach((t, w) -> {
      Posting p = postings.get(t);
      for (int i = 0; i < p.texts().length; i++) {
        cos[p.texts()[i]] += w * p.weights()[i];
      }
    });
    // the k nearest, nearest first (ties by position: the file's order)
    List<Integer> nearest = new ArrayList<>(k + 1);
    for (int d = 0; d < cos.length; d++) {
      if (cos[d] <= 0) {
        continue;
      }
      int at = nearest.size();
      while (at > 0 && cos[nearest.get(at - 1)] < cos[d]) {
        at--;
      }
      if (at < k) {
        nearest.add(at, d);
        if (nearest.size() > k) {
          nearest.remove(k);
        }
      }
    }
    double total = 0;
    Map<String, Double> votes = new HashMap<>();
    Map<String, Double> reorder = new HashMap<>();
    double first = nearest.isEmpty() ? 0 : cos[nearest.get(0)];
    boolean rome = first >= romeGate;
    boolean near = !rome && !nearest.isEmpty() && first >= romeFloor;
    for (int d : nearest) {
      total += cos[d];
      for (String m : labels.get(d)) {
        votes.merge(m, cos[d] / labels.get(d).size(), Double::sum);
      }
      for (String m : rome || near ? romeLabels.get(d) : List.<String>of()) {
        (rome ? votes : reorder).merge(m, cos[d] / romeLabels.get(d).size(), Double::sum);
      }
    }
    double sum = total;
    votes.replaceAll((m, v) -> v / sum);
    reorder.replaceAll((m, v) -> v / sum);
    return new ExampleVote.Shares(Map.copyOf(votes), Map.copyOf(reorder), Map.of());
  }
}
