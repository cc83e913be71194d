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

  public EvidenceProbe(SearchIndexes indexes, Analyzer queryAnalyzer, EvidenceModel model) {
    this.queryAnalyzer = queryAnalyzer;
    this.corrector = new TermCorrector(indexes);
    this.collector = new EvidenceCollector(indexes, model);
  }

  /** One judged pair: the span as cut from the input, the item, its features and probability. */
  public record Pair(TextSpan span, boolean phrase, ItemType type, String itemId, String itemText,
      EvidenceFeatures features, double probability) {}

  public List<Pair> pairs(MatchInput input) throws IOException {
    String text = input.text();
    AnalyzedSpan whole = corrector.correct(
        AnalyzedSpan.of(queryAnalyzer, IndexFields.TEXT, text, new TextSpan(0, text.length(), text)));
    List<AnalyzedSpan> segments = input.segments().stream().map(whole::slice).toList();
    List<AnalyzedSpan> phrases = input.phrases().stream().map(whole::slice).toList();
    // Each view (branch, ROME) keeps its own best items per span: the union is what any view shows.
    Map<String, Pair> out = new LinkedHashMap<>();
    for (SheetType view : SheetType.values()) {
      collector.forEachCandidate(segments, phrases, MatchOptions.DEFAULT.withType(view), c -> out.putIfAbsent(
          c.span().span().start() + ":" + c.span().span().end() + ":" + c.type() + ":" + c.item().id(),
          new Pair(c.span().span(), c.features().phrase(), c.type(), c.item().id(), c.item().text(), c.features(),
              c.probability())));
    }
    return new ArrayList<>(out.values());
  }
}
