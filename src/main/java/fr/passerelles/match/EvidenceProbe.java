package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fr.passerelles.index.SheetType;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every (span, item) pair the evidence step considers for an input, with its features and its
 * probability under a given model, before the threshold: what the evidence evaluation grades and
 * fits on. Analyzes the input as {@link Matcher} does (whole text, typo repair, slices).
 */
public final class EvidenceProbe {
  private final Analyzer queryAnalyzer;
  private final TermCorrector corrector;
  private final EvidenceCollector collector;
  private final SearchIndexes indexes;
  private final NominalExpansion expansion;

  public EvidenceProbe(SearchIndexes indexes, Analyzer queryAnalyzer, EvidenceModel model) {
    this(indexes, queryAnalyzer, model, NominalExpansion.Scope.fromProperty());
  }

  EvidenceProbe(SearchIndexes indexes, Analyzer queryAnalyzer, EvidenceModel model, NominalExpansion.Scope scope) {
    this.indexes = indexes;
    this.queryAnalyzer = queryAnalyzer;
    this.corrector = new TermCorrector(indexes);
    this.collector = new EvidenceCollector(indexes, model);
    this.expansion = NominalExpansion.of(indexes, queryAnalyzer, scope);
  }

  /** One judged pair: the span as cut from the input, the item, its features and probability. */
  public record Pair(TextSpan span, boolean phrase, ItemType type, String itemId, String itemText,
      EvidenceFeatures features, double probability) {}

  /** A pair with the terms behind its features (item terms in order, span terms with where each first occurs), for offline study. */
  public record Detailed(Pair pair, List<String> itemTerms, List<Double> itemWeights, List<String> spanTerms,
      List<Double> spanWeights, List<Integer> spanStarts, int itemSheets, String itemKind, double itemMaxWeight) {}

  /** As {@link #pairs}, each pair with its terms and their IDF weights ({@code eval-evidence --dump}). */
  public List<Detailed> detailed(MatchInput input) throws IOException {
    Map<String, Detailed> out = new LinkedHashMap<>();
    forEach(input, c -> out.computeIfAbsent(key(c), k -> {
      var vectors = indexes.vectors(c.type());
      List<String> spanTerms = new ArrayList<>(c.span().occurrences().keySet());
      List<Integer> starts = spanTerms.stream().map(t -> c.span().occurrences().get(t).get(0).start()).toList();
      return new Detailed(pair(c), c.item().terms(), weights(vectors, c.item().terms()), spanTerms,
          weights(vectors, spanTerms), starts, c.item().sheets().size(), c.item().kind(), maxWeight(c.item()));
    }));
    return new ArrayList<>(out.values());
  }

  private static double maxWeight(fr.passerelles.index.ItemRecord item) {
    double max = 0;
    for (int i = 0; i < item.sheets().size(); i++) {
      max = Math.max(max, item.weight(i));
    }
    return max;
  }

  private static List<Double> weights(fr.passerelles.index.ItemVectors vectors, List<String> terms) {
    List<Double> w = new ArrayList<>(terms.size());
    for (String t : terms) {
      int id = vectors.termId(t);
      w.add((double) (id < 0 ? vectors.unknownWeight() : vectors.weight(id)));
    }
    return w;
  }

  public List<Pair> pairs(MatchInput input) throws IOException {
    Map<String, Pair> out = new LinkedHashMap<>();
    forEach(input, c -> out.putIfAbsent(key(c), pair(c)));
    return new ArrayList<>(out.values());
  }

  private static String key(EvidenceCollector.Candidate c) {
    return c.span().span().start() + ":" + c.span().span().end() + ":" + c.type() + ":" + c.item().id();
  }

  private static Pair pair(EvidenceCollector.Candidate c) {
    return new Pair(c.span().span(), c.features().phrase(), c.type(), c.item().id(), c.item().text(), c.features(),
        c.probability());
  }

  private void forEach(MatchInput input, java.util.function.Consumer<EvidenceCollector.Candidate> out)
      throws IOException {
    String text = input.text();
    AnalyzedSpan whole = corrector.correct(
        AnalyzedSpan.of(queryAnalyzer, IndexFields.TEXT, text, new TextSpan(0, text.length(), text)));
    AnalyzedSpan expanded = expansion.expand(whole, input.actionNouns());
    List<AnalyzedSpan> segments = input.segments().stream().map(whole::slice).toList();
    List<AnalyzedSpan> phrases = input.phrases().stream().map(whole::slice).toList();
    List<AnalyzedSpan> expandedSegments = input.segments().stream().map(expanded::slice).toList();
    List<AnalyzedSpan> expandedPhrases = input.phrases().stream().map(expanded::slice).toList();
    // Each view (branch, ROME) keeps its own best items per span: the union is what any view shows.
    for (SheetType view : SheetType.values()) {
      collector.forEachCandidate(segments, phrases, expandedSegments, expandedPhrases,
          MatchOptions.DEFAULT.withType(view), out);
    }
  }
}
