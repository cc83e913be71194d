package fr.passerelles.corpus;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Counts per kind of the branch corpus, in a stable order for printing and for tests. */
public record CorpusStats(Map<String, Long> counts) {

  public static CorpusStats of(Corpus corpus) {
    Map<String, Long> c = new java.util.LinkedHashMap<>();
    c.put("families 2009", (long) corpus.nomenclature2009().families().size());
    c.put("métiers 2009", (long) corpus.nomenclature2009().metiers().size());
    c.put("métiers 2009 with ROME codes",
        corpus.nomenclature2009().metiers().stream().filter(m -> !m.romeCodes().isEmpty()).count());
    c.put("families 2024", (long) corpus.nomenclature2024().families().size());
    c.put("métiers 2024", (long) corpus.nomenclature2024().metiers().size());
    c.put("métiers 2024 core", corpus.nomenclature2024().metiers().stream().filter(m -> m.core()).count());
    c.put("métiers 2024 linked to 2009",
        corpus.nomenclature2024().metiers().stream().filter(m -> m.code2009() != null).count());
    c.put("sheets", (long) corpus.sheets().size());
    c.put("sheets (sub-métiers)", corpus.sheets().stream().filter(s -> s.parentSheet() != null).count());
    c.put("sheets (current versions)", corpus.sheets().stream().filter(Sheet::current).count());
    addAll(c, "activities", corpus.sheets().stream().flatMap(s -> s.activities().stream()),
        a -> a.frequency().json());
    c.put("sub-activities",
        corpus.sheets().stream().flatMap(s -> s.activities().stream()).mapToLong(a -> a.children().size()).sum());
    addAll(c, "competences", corpus.sheets().stream().flatMap(s -> s.competences().stream()),
        k -> k.kind().json());
    addAll(c, "competences", corpus.sheets().stream().flatMap(s -> s.competences().stream()),
        k -> k.situation().json());
    c.put("evolutions", corpus.sheets().stream().mapToLong(s -> s.evolutions().size()).sum());
    c.put("evolutions linked to a métier",
        corpus.sheets().stream().flatMap(s -> s.evolutions().stream()).filter(e -> e.target() != null).count());
    addAll(c, "passerelles", corpus.sheets().stream().flatMap(s -> s.passerelles().stream()),
        p -> "degree " + p.degree());
    c.put("mobility degrees", (long) corpus.mobility().degrees().size());
    return new CorpusStats(java.util.Collections.unmodifiableMap(c));
  }

  /** Adds the total and the per-key counts ({@code activities}, {@code activities: majority}). */
  private static <T> void addAll(
      Map<String, Long> c, String name, Stream<T> items, Function<T, String> key) {
    Map<String, Long> byKey =
        items.collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    c.putIfAbsent(name, byKey.values().stream().mapToLong(Long::longValue).sum());
    byKey.forEach((k, v) -> c.put(name + ": " + k, v));
  }

  public long get(String key) {
    return counts.getOrDefault(key, 0L);
  }
}
