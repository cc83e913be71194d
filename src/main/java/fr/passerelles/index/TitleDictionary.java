package fr.passerelles.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every job title the indexes know — branch titles and other names, ROME titles and their 13,120
 * appellations — as analyzed term sequences, so a title the user writes with another gender form,
 * "F/H" or capitalisation ("Chargée d'assistance (F/H)") is recognised where it stands in the text.
 * Immutable; built once per index generation.
 */
public final class TitleDictionary {

  /** A known title found in the input: its terms occupy positions [start, end). */
  public record Hit(int start, int end, List<Integer> sheets, String name, String[] terms) {
    public int length() {
      return end - start;
    }
  }

  private record Entry(String[] terms, int[] sheets, String name) {}

  private final Map<String, List<Entry>> byFirstTerm;
  private final int size;
  /** Every name by each of its distinct terms, and each term's idf over the names. */
  private final Map<String, List<Entry>> byTerm;
  private final Map<String, Double> idf;
  private final java.util.IdentityHashMap<Entry, Double> weights;

  private TitleDictionary(Map<String, List<Entry>> byFirstTerm, int size) {
    this.byFirstTerm = byFirstTerm;
    this.size = size;
    Map<String, List<Entry>> index = new HashMap<>();
    byFirstTerm.values().forEach(entries -> entries.forEach(e -> {
      for (String t : new java.util.LinkedHashSet<>(List.of(e.terms()))) {
        index.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
      }
    }));
    Map<String, Double> idfs = new HashMap<>();
    index.forEach((t, entries) -> idfs.put(t, Math.log(1 + size / (double) entries.size())));
    this.byTerm = Map.copyOf(index);
    this.idf = Map.copyOf(idfs);
    java.util.IdentityHashMap<Entry, Double> w = new java.util.IdentityHashMap<>();
    index.values().forEach(entries -> entries.forEach(e -> w.computeIfAbsent(e, this::sumIdf)));
    this.weights = w;
  }

  /**
   * @param namesBySheet per sheet doc id, its names as analyzed term sequences (space-separated)
   *     paired with how they were written
   */
  static TitleDictionary of(Map<Integer, Map<String, String>> namesBySheet) {
    Map<String, List<Integer>> sheetsByKey = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    namesBySheet.forEach((doc, names) -> names.forEach((key, label) -> {
      if (!key.isBlank()) {
        List<Integer> docs = sheetsByKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!docs.contains(doc)) {
          docs.add(doc);
        }
        labels.putIfAbsent(key, label);
      }
    }));
    Map<String, List<Entry>> byFirst = new HashMap<>();
    sheetsByKey.forEach((key, docs) -> {
      String[] terms = key.split(" ");
      byFirst.computeIfAbsent(terms[0], k -> new ArrayList<>())
          .add(new Entry(terms, docs.stream().mapToInt(Integer::intValue).toArray(), labels.get(key)));
    });
    return new TitleDictionary(Map.copyOf(byFirst), sheetsByKey.size());
  }

  /** Distinct titles known. */
  public int size() {
    return size;
  }

  /**
   * The longest known titles in a sequence of positions, each position holding the terms the
   * analyzer put there (a word and its synonyms). A title inside a longer one found at the same
   * place is dropped: "assistant de régulation médicale" is not also "assistant".
   */
  public List<Hit> find(List<Set<String>> positions) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      for (String first : positions.get(i)) {
        List<Entry> entries = byFirstTerm.get(first);
        if (entries == null) {
          continue;
        }
        for (Entry e : entries) {
          if (matchesAfterFirst(e.terms(), positions, i)) {
            hits.add(new Hit(i, i + e.terms().length,
                java.util.Arrays.stream(e.sheets()).boxed().toList(), e.name(), e.terms()));
          }
        }
      }
    }
    List<Hit> maximal = new ArrayList<>();
    for (Hit h : hits) {
      boolean inside = hits.stream().anyMatch(o -> o != h && o.length() > h.length()
          && o.start() <= h.start() && o.end() >= h.end());
      if (!inside) {
        maximal.add(h);
      }
    }
    return maximal;
  }

  /**
   * The known names closest to a short line, whatever their word order and with a word more or
   * less: per sheet, the best idf-weighted Dice overlap between the line's terms and one name's
   * ({@code 2·Σidf(shared) / (Σidf(line) + Σidf(name))}, in [0, 1]). "Conseiller client à
   * distance" is not written as any appellation but is 0.8 of "Conseiller clientèle à distance";
   * a title held out of the referential is near its sheet's other appellations. Terms no name has
   * count in the line's total: a line of tasks is far from every name.
   *
   * @param positions the line's analyzed terms by position (a word and its synonyms)
   */
  public Map<Integer, Double> nearest(List<Set<String>> positions) {
    double lineWeight = 0;
    Map<String, Double> lineTerms = new HashMap<>();
    for (Set<String> at : positions) {
      double best = 0;
      for (String t : at) {
        best = Math.max(best, idf.getOrDefault(t, Math.log(1 + size)));
      }
      lineWeight += best;
      for (String t : at) {
        lineTerms.merge(t, idf.getOrDefault(t, 0.0), Math::max);
      }
    }
    Map<Entry, Double> shared = new java.util.IdentityHashMap<>();
    for (Map.Entry<String, Double> t : lineTerms.entrySet()) {
      for (Entry e : byTerm.getOrDefault(t.getKey(), List.of())) {
        shared.merge(e, t.getValue(), Double::sum);
      }
    }
    Map<Integer, Double> bySheet = new HashMap<>();
    double line = lineWeight;
    shared.forEach((e, overlap) -> {
      double sim = Math.min(1, 2 * overlap / (line + weights.get(e)));
      for (int sheet : e.sheets()) {
        bySheet.merge(sheet, sim, Math::max);
      }
    });
    return bySheet;
  }

  private double sumIdf(Entry e) {
    double w = 0;
    for (String t : new java.util.LinkedHashSet<>(List.of(e.terms()))) {
      w += idf.getOrDefault(t, 0.0);
    }
    return w;
  }

  /** Whether the title's terms after its first (found at {@code at} by the lookup) follow it. */
  private static boolean matchesAfterFirst(String[] terms, List<Set<String>> positions, int at) {
    if (at + terms.length > positions.size()) {
      return false;
    }
    for (int k = 1; k < terms.length; k++) {
      if (!positions.get(at + k).contains(terms[k])) {
        return false;
      }
    }
    return true;
  }
}
