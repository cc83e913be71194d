package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Free text → ranked sheets with evidence. Combines a whole-text BM25 ranking of the sheets with
 * per-segment evidence from the activities and competences indexes (see docs/matching.md).
 * Thread-safe: it only reads the shared, immutable indexes.
 */
public final class Matcher {
  private final SearchIndexes indexes;
  private final Analyzer queryAnalyzer;
  private final SheetRanker ranker;
  private final EvidenceCollector collector;
  private final TermCorrector corrector;
  private final MatchTuning tuning;

  public Matcher(SearchIndexes indexes, Analyzer queryAnalyzer) {
    this(indexes, queryAnalyzer, MatchTuning.DEFAULT);
  }

  public Matcher(SearchIndexes indexes, Analyzer queryAnalyzer, MatchTuning tuning) {
    this.indexes = indexes;
    this.queryAnalyzer = queryAnalyzer;
    this.tuning = tuning;
    this.ranker = new SheetRanker(indexes, tuning.fieldBoosts());
    this.collector = new EvidenceCollector(indexes);
    this.corrector = new TermCorrector(indexes);
  }

  /** The same indexes and analyzer with other parameters (evaluation sweeps). */
  public Matcher withTuning(MatchTuning other) {
    return new Matcher(indexes, queryAnalyzer, other);
  }

  public MatchResult match(MatchInput input, MatchOptions options) {
    try {
      return doMatch(input, options);
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed", e);
    }
  }

  private MatchResult doMatch(MatchInput input, MatchOptions options) throws IOException {
    String text = input.text();
    AnalyzedSpan whole = corrector.correct(
        AnalyzedSpan.of(queryAnalyzer, IndexFields.TEXT, text, new TextSpan(0, text.length(), text)));
    Map<Integer, Float> textScores = ranker.rank(whole, options);
    float best = textScores.values().stream().max(Float::compare).orElse(1f);

    List<AnalyzedSpan> segments = new ArrayList<>();
    for (TextSpan s : input.segments()) {
      segments.add(whole.slice(s));
    }
    List<AnalyzedSpan> phrases = new ArrayList<>();
    for (TextSpan p : input.phrases()) {
      phrases.add(whole.slice(p));
    }
    Map<String, Map<String, Evidence>> evidence = collector.collect(segments, phrases, options);

    Map<String, Double> textRel = new HashMap<>();
    textScores.forEach((doc, score) -> textRel.put(indexes.sheet(doc).id(), (double) (score / best)));
    java.util.Set<String> candidates = new java.util.HashSet<>(textRel.keySet());
    candidates.addAll(evidence.keySet());

    // Every candidate is scored; only the returned ones are built into results.
    Map<String, String> textKeys = new HashMap<>();
    int needed = Math.max(tuning.evidenceCounted(), options.evidencePerSheet());
    List<Scored> scored = new ArrayList<>(candidates.size());
    for (String id : candidates) {
      SheetRecord sheet = indexes.sheet(id).orElse(null);
      if (sheet == null || !SearchFilters.accepts(sheet, options)) {
        continue;
      }
      Map<String, Evidence> found = evidence.get(id);
      List<Evidence> items = found == null ? List.of() : distinctTexts(sorted(found.values()), needed, textKeys);
      double ev = evidenceScore(items, tuning);
      double t = textRel.getOrDefault(id, 0.0);
      scored.add(new Scored(sheet, round(tuning.textWeight() * t + (1 - tuning.textWeight()) * ev), t, ev, items));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(c -> c.sheet().id()));
    List<SheetMatch> top = new ArrayList<>(Math.min(options.limit(), scored.size()));
    for (Scored c : scored.subList(0, Math.min(options.limit(), scored.size()))) {
      SheetRecord sheet = c.sheet();
      List<Evidence> shown = c.items().subList(0, Math.min(options.evidencePerSheet(), c.items().size()));
      top.add(new SheetMatch(sheet.id(), sheet.type(), sheet.metier(), sheet.title(), sheet.family(),
          sheet.familyLabel(), c.score(), round(c.text()), round(c.evidence()), List.copyOf(shown),
          sheet.borrowedFrom()));
    }
    return new MatchResult(List.copyOf(top), input.segments().size(), input.phrases().size());
  }

  /** A candidate sheet with its (rounded) score and its distinct evidence, best first. */
  private record Scored(SheetRecord sheet, double score, double text, double evidence, List<Evidence> items) {}

  /** Best first: by strength × weight, then by item id. */
  private static List<Evidence> sorted(java.util.Collection<Evidence> items) {
    List<Evidence> out = new ArrayList<>(items);
    out.sort(Comparator.comparingDouble((Evidence e) -> e.strength() * e.weight()).reversed()
        .thenComparing(Evidence::itemId));
    return out;
  }

  /**
   * Drops an item whose text repeats a better one: the 2009 and current versions of a sheet share
   * sentences, and the same sentence must not count twice. Stops at {@code needed} items: only
   * those are scored and shown. {@code textKeys} keeps each item's key for the request (an item
   * is evidence in every sheet that lists it).
   */
  private static List<Evidence> distinctTexts(List<Evidence> sorted, int needed, Map<String, String> textKeys) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Evidence> out = new ArrayList<>(Math.min(needed, sorted.size()));
    for (int i = 0; i < sorted.size() && out.size() < needed; i++) {
      Evidence e = sorted.get(i);
      if (seen.add(textKeys.computeIfAbsent(e.itemId(), k -> sameTextKey(e.text())))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text without case and without its final punctuation or spaces. */
  static String sameTextKey(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ".;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
  }

  /** Noisy-or of the best items: each adds a share of what is left, so the score stays in [0, 1]. */
  static double evidenceScore(List<Evidence> sorted, MatchTuning tuning) {
    double miss = 1;
    for (int i = 0; i < Math.min(tuning.evidenceCounted(), sorted.size()); i++) {
      Evidence e = sorted.get(i);
      miss *= 1 - tuning.itemContribution() * e.strength() * e.weight();
    }
    return 1 - miss;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
