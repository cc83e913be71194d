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

  private TitleDictionary(Map<String, List<Entry>> byFirstTerm, int size) {
    this.byFirstTerm = byFirstTerm;
    this.size = size;
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
