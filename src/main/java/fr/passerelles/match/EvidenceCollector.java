package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Per-segment evidence: each CV line, sentence and action phrase is searched in the activities and
 * competences indexes; a hit counts when the segment covers enough of the item's own terms.
 */
final class EvidenceCollector {
  /** Hits read per segment and index. */
  static final int HITS_PER_SEGMENT = 10;
  /** More hits for a segment whose phrases are scored on them: a phrase's items may rank lower. */
  static final int HITS_WITH_PHRASES = 20;
  /** Minimum strength (cosine of IDF-weighted term sets) for a hit to count as evidence. */
  static final double MIN_STRENGTH = 0.2;
  /** Minimum matched terms (fewer when the item itself is that short). */
  static final int MIN_MATCHED = 2;

  private final SearchIndexes indexes;

  EvidenceCollector(SearchIndexes indexes) {
    this.indexes = indexes;
  }

  /**
   * Sheet id → (item id → best evidence for that item). Each segment is searched once; the action
   * phrases inside it are scored against the same hits (a phrase is a focused part of its segment,
   * so it usually scores higher on the items it names), which halves the searches.
   */
  Map<String, Map<String, Evidence>> collect(
      List<AnalyzedSpan> segments, List<AnalyzedSpan> phrases, MatchOptions options) throws IOException {
    Map<String, Map<String, Evidence>> bySheet = new HashMap<>();
    List<AnalyzedSpan> orphans = new ArrayList<>(phrases);
    for (AnalyzedSpan segment : segments) {
      List<AnalyzedSpan> inside = new ArrayList<>();
      for (AnalyzedSpan p : phrases) {
        if (segment.contains(p.span()) && !p.isEmpty()) {
          inside.add(p);
        }
      }
      orphans.removeAll(inside);
      collect(segment, inside, options, bySheet);
    }
    for (AnalyzedSpan phrase : orphans) {
      collect(phrase, List.of(), options, bySheet);
    }
    return bySheet;
  }

  private void collect(AnalyzedSpan span, List<AnalyzedSpan> inside, MatchOptions options,
      Map<String, Map<String, Evidence>> bySheet) throws IOException {
    if (span.isEmpty()) {
      return;
    }
    for (ItemType type : ItemType.values()) {
      for (ScoreDoc sd : search(type, span, options, inside.isEmpty() ? HITS_PER_SEGMENT : HITS_WITH_PHRASES)) {
        ItemRecord item = indexes.item(type, sd.doc);
        Evidence e = evidence(type, item, span);
        for (AnalyzedSpan p : inside) {
          Evidence pe = evidence(type, item, p);
          if (pe != null && (e == null || pe.strength() > e.strength())) {
            e = pe;
          }
        }
        if (e == null) {
          continue;
        }
        for (int i = 0; i < item.sheets().size(); i++) {
          Evidence inSheet = e.withWeight(item.weight(i));
          bySheet.computeIfAbsent(item.sheets().get(i), k -> new HashMap<>())
              .merge(item.id(), inSheet, (a, b) -> a.strength() >= b.strength() ? a : b);
        }
      }
    }
  }

  private ScoreDoc[] search(ItemType type, AnalyzedSpan span, MatchOptions options, int hits) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String term : span.occurrences().keySet()) {
      q.add(new TermQuery(new Term(IndexFields.TEXT, term)), BooleanClause.Occur.SHOULD);
    }
    if (span.occurrences().size() > 1) {
      q.setMinimumNumberShouldMatch(Math.min(MIN_MATCHED, span.occurrences().size()));
    }
    SearchFilters.addTo(q, options, IndexFields.SHEET_TYPE);
    return indexes.items(type).search(q.build(), hits).scoreDocs;
  }

  /**
   * The evidence {@code span} gives for {@code item}, or null when they share too little. Strength
   * is the cosine of the two IDF-weighted term sets: a short line fully inside a long activity and
   * a long sentence that mentions a short competence both score by what they share.
   */
  private Evidence evidence(ItemType type, ItemRecord item, AnalyzedSpan span) {
    double itemNorm = 0;
    double shared = 0;
    int matchedTerms = 0;
    List<String> words = new ArrayList<>();
    List<TextSpan> highlights = new ArrayList<>();
    for (String term : item.terms()) {
      double w = indexes.idf(type, term);
      itemNorm += w * w;
      List<TextSpan> occ = span.occurrences().get(term);
      if (occ != null) {
        shared += w * w;
        matchedTerms++;
        for (TextSpan o : occ) {
          highlights.add(o);
          if (!words.contains(o.text())) {
            words.add(o.text());
          }
        }
      }
    }
    if (matchedTerms < Math.min(MIN_MATCHED, item.terms().size())) {
      return null;
    }
    double spanNorm = 0;
    for (String term : span.occurrences().keySet()) {
      double w = indexes.idf(type, term);
      spanNorm += w * w;
    }
    double strength = shared / Math.sqrt(itemNorm * spanNorm);
    if (strength < MIN_STRENGTH) {
      return null;
    }
    highlights.sort(Comparator.comparingInt(TextSpan::start));
    return new Evidence(item.id(), type, item.text(), item.qualifier(), item.kind(), 1.0, strength,
        span.span(), List.copyOf(words), List.copyOf(highlights));
  }
}
