package fr.passerelles.match;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntPredicate;

/**
 * Per-segment evidence: each CV line, sentence and action phrase is scored against every activity
 * and competence that shares terms with it ({@link CosineAccumulator}); an item counts when the
 * span covers enough of its own terms.
 */
final class EvidenceCollector {
  /** Items kept per span and index. */
  static final int HITS_PER_SPAN = 10;
  /** Minimum strength (cosine of IDF-weighted term sets) for a hit to count as evidence. */
  static final double MIN_STRENGTH = 0.2;

  private final SearchIndexes indexes;
  /** Accumulators are 0.5 MB of scratch arrays per request: they are reused, not reallocated. */
  private final Map<ItemType, Queue<CosineAccumulator>> pools = new EnumMap<>(ItemType.class);

  EvidenceCollector(SearchIndexes indexes) {
    this.indexes = indexes;
    for (ItemType type : ItemType.values()) {
      pools.put(type, new ConcurrentLinkedQueue<>());
    }
  }

  /**
   * Sheet id → (item id → best evidence for that item). Segments and action phrases are scored
   * alike: a phrase is a focused part of its segment, so it scores higher on the items it names.
   */
  Map<String, Map<String, Evidence>> collect(
      List<AnalyzedSpan> segments, List<AnalyzedSpan> phrases, MatchOptions options) {
    Map<String, Map<String, Evidence>> bySheet = new HashMap<>();
    for (ItemType type : ItemType.values()) {
      Queue<CosineAccumulator> pool = pools.get(type);
      CosineAccumulator accumulator = pool.poll();
      if (accumulator == null) {
        accumulator = new CosineAccumulator(indexes.vectors(type));
      }
      IntPredicate accepts = filter(type, options);
      for (List<AnalyzedSpan> spans : List.of(segments, phrases)) {
        for (AnalyzedSpan span : spans) {
          if (!span.isEmpty()) {
            collect(type, accumulator.top(span, HITS_PER_SPAN, MIN_STRENGTH, accepts), span, bySheet);
          }
        }
      }
      pool.offer(accumulator); // only after a normal run: top() then leaves its arrays zeroed
    }
    return bySheet;
  }

  private void collect(ItemType type, CosineAccumulator.Hit[] hits, AnalyzedSpan span,
      Map<String, Map<String, Evidence>> bySheet) {
    for (CosineAccumulator.Hit hit : hits) {
      ItemRecord item = indexes.item(type, hit.item());
      Evidence e = evidence(type, item, span, hit.strength());
      for (int i = 0; i < item.sheets().size(); i++) {
        Evidence inSheet = e.withWeight(item.weight(i));
        bySheet.computeIfAbsent(item.sheets().get(i), k -> new HashMap<>())
            .merge(item.id(), inSheet, (a, b) -> a.strength() >= b.strength() ? a : b);
      }
    }
  }

  /** Items of at least one sheet the options accept (all items without a type or family option). */
  private IntPredicate filter(ItemType type, MatchOptions options) {
    if (options.type() == null && options.family() == null) {
      return item -> true;
    }
    return item -> indexes.item(type, item).sheets().stream()
        .map(indexes::sheet)
        .anyMatch(sheet -> sheet.isPresent() && SearchFilters.accepts(sheet.get(), options));
  }

  /** The evidence {@code span} gives for {@code item}: the words they share, where the user wrote them. */
  private static Evidence evidence(ItemType type, ItemRecord item, AnalyzedSpan span, double strength) {
    List<String> words = new ArrayList<>();
    List<TextSpan> highlights = new ArrayList<>();
    for (String term : item.terms()) {
      List<TextSpan> occ = span.occurrences().get(term);
      if (occ != null) {
        for (TextSpan o : occ) {
          highlights.add(o);
          if (!words.contains(o.text())) {
            words.add(o.text());
          }
        }
      }
    }
    highlights.sort(Comparator.comparingInt(TextSpan::start));
    return new Evidence(item.id(), type, item.text(), item.qualifier(), item.kind(), 1.0, strength,
        span.span(), List.copyOf(words), List.copyOf(highlights));
  }
}
