package fr.passerelles.match;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.ItemVectors;
import fr.passerelles.index.SearchIndexes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Per-segment evidence: each CV line, sentence and action phrase is scored against every activity
 * and competence that shares terms with it ({@link CosineAccumulator}); the pairs over the cosine
 * floor are then judged ({@link EvidenceJudge}): an item is evidence when the probability that the
 * span states it reaches the model's threshold, and that probability is its strength. In a sheet,
 * one span stands for at most {@link #ITEMS_PER_SPAN_AND_SHEET} item, its most probable.
 */
final class EvidenceCollector {
  /** Items kept per span and index. */
  static final int HITS_PER_SPAN = 10;
  /** Cosine floor: pairs under it are never candidates (and, before the judge, the whole rule). */
  static final double MIN_STRENGTH = 0.2;
  /** Items of one sheet a span may evidence ({@link EvidenceModel#ITEMS_PER_SPAN_AND_SHEET}). */
  static final int ITEMS_PER_SPAN_AND_SHEET = EvidenceModel.ITEMS_PER_SPAN_AND_SHEET;

  private final SearchIndexes indexes;
  private final EvidenceJudge judge;
  /** Accumulators are 0.5 MB of scratch arrays per request: they are reused, not reallocated. */
  private final Map<ItemType, Queue<CosineAccumulator>> pools = new EnumMap<>(ItemType.class);

  EvidenceCollector(SearchIndexes indexes) {
    this(indexes, EvidenceModel.load());
  }

  EvidenceCollector(SearchIndexes indexes, EvidenceModel model) {
    this.indexes = indexes;
    this.judge = new EvidenceJudge(model);
    for (ItemType type : ItemType.values()) {
      pools.put(type, new ConcurrentLinkedQueue<>());
    }
  }

  /** A judged (span, item) pair over the cosine floor. */
  record Candidate(ItemType type, ItemRecord item, AnalyzedSpan span, EvidenceFeatures features, double probability) {}

  /**
   * Sheet id → (item id → best evidence for that item). Segments and action phrases are scored
   * alike: a phrase is a focused part of its segment, so it scores higher on the items it names.
   */
  Map<String, Map<String, Evidence>> collect(
      List<AnalyzedSpan> segments, List<AnalyzedSpan> phrases, MatchOptions options) {
    return collect(segments, phrases, segments, phrases, options);
  }

  /**
   * The same, each span also read with its action nouns' verbs ({@link NominalExpansion}): {@code
   * expandedSegments} and {@code expandedPhrases} align with the plain lists.
   */
  Map<String, Map<String, Evidence>> collect(List<AnalyzedSpan> segments, List<AnalyzedSpan> phrases,
      List<AnalyzedSpan> expandedSegments, List<AnalyzedSpan> expandedPhrases, MatchOptions options) {
    Map<String, Map<String, Evidence>> bySheet = new HashMap<>();
    forEachCandidate(segments, phrases, expandedSegments, expandedPhrases, options, c -> {
      if (judge.accepts(c.probability())) {
        add(c, bySheet);
      }
    });
    bySheet.values().forEach(EvidenceCollector::budget);
    return bySheet;
  }

  /**
   * Keeps, of a sheet's evidence (each item with its best span), the {@link
   * #ITEMS_PER_SPAN_AND_SHEET} most probable items of each span; ties go to the lower item id so
   * the answer does not depend on map order.
   */
  static void budget(Map<String, Evidence> sheetEvidence) {
    Map<TextSpan, List<Evidence>> bySpan = new HashMap<>();
    for (Evidence e : sheetEvidence.values()) {
      bySpan.computeIfAbsent(e.segment(), k -> new ArrayList<>()).add(e);
    }
    for (List<Evidence> same : bySpan.values()) {
      if (same.size() > ITEMS_PER_SPAN_AND_SHEET) {
        same.sort(BEST_FIRST);
        for (Evidence e : same.subList(ITEMS_PER_SPAN_AND_SHEET, same.size())) {
          sheetEvidence.remove(e.itemId());
        }
      }
    }
  }

  private static final Comparator<Evidence> BEST_FIRST =
      Comparator.comparingDouble(Evidence::strength).reversed().thenComparing(Evidence::itemId);

  /**
   * Every pair over the cosine floor, judged, span by span. The fan-out feature counts the items
   * of both indexes the span reaches, whatever the options: the same span is judged alike in every
   * view; the options only filter the pairs passed on.
   */
  void forEachCandidate(List<AnalyzedSpan> segments, List<AnalyzedSpan> phrases, MatchOptions options,
      Consumer<Candidate> out) {
    forEachCandidate(segments, phrases, segments, phrases, options, out);
  }

  /**
   * The same with a second reading of each span, its action nouns' verbs added (the same span
   * when it has none). The verb is another reading of the noun, not a new word: a pair is judged
   * on the reading that gives it the higher cosine, and the candidates of a span are those of
   * either reading, so the added verb brings items in without pushing out the ones the text's
   * own words reach.
   */
  void forEachCandidate(List<AnalyzedSpan> segments, List<AnalyzedSpan> phrases,
      List<AnalyzedSpan> expandedSegments, List<AnalyzedSpan> expandedPhrases, MatchOptions options,
      Consumer<Candidate> out) {
    ItemType[] types = ItemType.values();
    CosineAccumulator[] accumulators = new CosineAccumulator[types.length];
    IntPredicate[] accepts = new IntPredicate[types.length];
    for (ItemType type : types) {
      CosineAccumulator a = pools.get(type).poll();
      accumulators[type.ordinal()] = a != null ? a : new CosineAccumulator(indexes.vectors(type));
      accepts[type.ordinal()] = filter(type, options);
    }
    // a segment's context cues, for its own span and its phrases: the patterns run once per segment
    Map<String, EvidenceBoilerplate.Cues> cues = new HashMap<>();
    // a segment's passes, kept for a phrase with the same readings (a line that is one phrase)
    Map<AnalyzedSpan, Passes> segmentPasses = new java.util.IdentityHashMap<>();
    for (int list = 0; list < 2; list++) {
      boolean phrase = list == 1;
      List<AnalyzedSpan> spans = phrase ? phrases : segments;
      List<AnalyzedSpan> expanded = phrase ? expandedPhrases : expandedSegments;
      for (int s = 0; s < spans.size(); s++) {
        AnalyzedSpan span = spans.get(s);
        AnalyzedSpan verbs = expanded.get(s);
        boolean twoReadings = verbs.occurrenceCount() != span.occurrenceCount();
        if (span.isEmpty()) {
          continue;
        }
        CosineAccumulator.Hit[][] hits = new CosineAccumulator.Hit[types.length][];
        CosineAccumulator.Hit[][] verbHits = new CosineAccumulator.Hit[types.length][];
        int fanOut = 0;
        Passes same = phrase ? segmentPasses.get(enclosing(segments, span)) : null;
        Passes passes = same != null && same.sameReadings(span, verbs, twoReadings) ? same
            : new Passes(span, verbs, twoReadings, new CosineAccumulator.Hit[types.length][][]);
        if (!phrase) {
          segmentPasses.put(span, passes);
        }
        for (ItemType type : types) {
          CosineAccumulator a = accumulators[type.ordinal()];
          // both readings in one pass over the inverted lists (or a segment's, when it reads the same)
          CosineAccumulator.Hit[][] both = passes.byType()[type.ordinal()];
          if (both == null) {
            both = a.top(span, twoReadings ? verbs : null, HITS_PER_SPAN, MIN_STRENGTH, item -> true);
            passes.byType()[type.ordinal()] = both;
          }
          CosineAccumulator.Hit[] all = both[0];
          hits[type.ordinal()] = accepted(all, accepts[type.ordinal()], a, span);
          verbHits[type.ordinal()] = new CosineAccumulator.Hit[0];
          if (twoReadings) {
            CosineAccumulator.Hit[] allVerbs = both[1];
            fanOut += union(all, allVerbs);
            verbHits[type.ordinal()] = accepted(allVerbs, accepts[type.ordinal()], a, verbs);
          } else {
            fanOut += all.length;
          }
        }
        if (fanOut == 0) {
          continue;
        }
        String segment = phrase ? enclosing(segments, span).span().text() : span.span().text();
        EvidenceBoilerplate.Cues segmentCues = cues.computeIfAbsent(segment, EvidenceBoilerplate::cues);
        Map<String, Boolean> forms = new HashMap<>();
        Map<String, Boolean> verbForms = new HashMap<>();
        for (ItemType type : types) {
          Map<Integer, CosineAccumulator.Hit> plainBest = new HashMap<>();
          for (CosineAccumulator.Hit h : hits[type.ordinal()]) {
            plainBest.put(h.item(), h);
          }
          Map<Integer, CosineAccumulator.Hit> verbBest = new HashMap<>();
          for (CosineAccumulator.Hit h : verbHits[type.ordinal()]) {
            verbBest.put(h.item(), h);
          }
          if (plainBest.isEmpty() && verbBest.isEmpty()) {
            continue;
          }
          ItemVectors vectors = indexes.vectors(type);
          EvidenceJudge.SpanContext context = EvidenceJudge.SpanContext.of(segmentCues, span, vectors, forms);
          EvidenceJudge.SpanContext verbContext = verbBest.isEmpty() ? null
              : EvidenceJudge.SpanContext.of(segmentCues, verbs, vectors, verbForms);
          for (CosineAccumulator.Hit hit : hits[type.ordinal()]) {
            CosineAccumulator.Hit v = verbBest.get(hit.item());
            if (v != null && v.strength() > hit.strength()) {
              continue; // judged below, on the verb reading
            }
            judge(type, hit, span, context, phrase, fanOut, vectors, out);
          }
          for (CosineAccumulator.Hit hit : verbHits[type.ordinal()]) {
            CosineAccumulator.Hit p = plainBest.get(hit.item());
            if (p == null || hit.strength() > p.strength()) {
              judge(type, hit, verbs, verbContext, phrase, fanOut, vectors, out);
            }
          }
        }
      }
    }
    for (ItemType type : types) {
      pools.get(type).offer(accumulators[type.ordinal()]); // only after a normal run: top() then leaves its arrays zeroed
    }
  }

  /**
   * A span's two readings and, by item type, what {@link CosineAccumulator#top} gave for them: a
   * pass depends only on the readings' terms in their order, so a phrase whose readings have the
   * same terms as its segment's, in the same order, gets the same hits.
   */
  private record Passes(AnalyzedSpan span, AnalyzedSpan verbs, boolean twoReadings, CosineAccumulator.Hit[][][] byType) {
    boolean sameReadings(AnalyzedSpan otherSpan, AnalyzedSpan otherVerbs, boolean otherTwo) {
      return twoReadings == otherTwo && sameTerms(span, otherSpan) && (!twoReadings || sameTerms(verbs, otherVerbs));
    }

    private static boolean sameTerms(AnalyzedSpan a, AnalyzedSpan b) {
      if (a.occurrences().size() != b.occurrences().size()) {
        return false;
      }
      java.util.Iterator<String> other = b.occurrences().keySet().iterator();
      for (String term : a.occurrences().keySet()) {
        if (!term.equals(other.next())) {
          return false;
        }
      }
      return true;
    }
  }

  private void judge(ItemType type, CosineAccumulator.Hit hit, AnalyzedSpan span, EvidenceJudge.SpanContext context,
      boolean phrase, int fanOut, ItemVectors vectors, Consumer<Candidate> out) {
    ItemRecord item = indexes.item(type, hit.item());
    EvidenceFeatures f = judge.features(item, hit.item(), vectors, span, hit.strength(), phrase, context, fanOut);
    out.accept(new Candidate(type, item, span, f, judge.probability(f)));
  }

  /** How many distinct items two hit lists hold. */
  private static int union(CosineAccumulator.Hit[] a, CosineAccumulator.Hit[] b) {
    java.util.Set<Integer> items = new java.util.HashSet<>();
    for (CosineAccumulator.Hit h : a) {
      items.add(h.item());
    }
    for (CosineAccumulator.Hit h : b) {
      items.add(h.item());
    }
    return items.size();
  }

  /**
   * The hits the options accept. When they dropped some of a full list, the best accepted items
   * may lie further down: ask again with the filter (what the collector did before fan-out).
   */
  private static CosineAccumulator.Hit[] accepted(CosineAccumulator.Hit[] all, IntPredicate accepts,
      CosineAccumulator accumulator, AnalyzedSpan span) {
    List<CosineAccumulator.Hit> kept = new ArrayList<>(all.length);
    for (CosineAccumulator.Hit h : all) {
      if (accepts.test(h.item())) {
        kept.add(h);
      }
    }
    if (kept.size() == all.length) {
      return all;
    }
    if (all.length == HITS_PER_SPAN) {
      return accumulator.top(span, HITS_PER_SPAN, MIN_STRENGTH, accepts);
    }
    return kept.toArray(CosineAccumulator.Hit[]::new);
  }

  /** The segment a phrase lies in (segments are in text order and do not overlap). */
  private static AnalyzedSpan enclosing(List<AnalyzedSpan> segments, AnalyzedSpan phrase) {
    for (AnalyzedSpan s : segments) {
      if (s.span().start() <= phrase.span().start() && phrase.span().end() <= s.span().end()) {
        return s;
      }
    }
    return phrase;
  }

  private void add(Candidate c, Map<String, Map<String, Evidence>> bySheet) {
    ItemRecord item = c.item();
    Evidence e = evidence(c.type(), item, c.span(), c.probability());
    for (int i = 0; i < item.sheets().size(); i++) {
      Evidence inSheet = e.withWeight(item.weight(i));
      bySheet.computeIfAbsent(item.sheets().get(i), k -> new HashMap<>())
          .merge(item.id(), inSheet, (a, b) -> a.strength() >= b.strength() ? a : b);
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
