package fr.passerelles.search;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Competence search: a recruiter's French query → the items that say it, BM25-ranked, each with
 * its highlights and the sheets that require it. Items must have all the query's words (most, for
 * long queries); when none has, the search is relaxed to items with any of them, and says so,
 * rather than answer nothing ("anglais courant" finds the items that say "anglais"). Thread-safe:
 * it only reads the shared indexes.
 */
public final class SkillSearch {
  /** Sheets listed per item at most; {@link SkillHit#sheetCount()} gives them all. */
  public static final int SHEETS_PER_HIT = 20;
  /** Deepest result a page may reach (offset + limit): deeper paging costs more than it serves. */
  public static final int MAX_DEPTH = 10_000;

  private static final Comparator<SkillSheet> HEAVIEST_FIRST =
      Comparator.comparingDouble((SkillSheet s) -> -s.weight())
          .thenComparing(s -> s.sheet().type() == SheetType.BRANCH ? 0 : 1)
          .thenComparing(s -> s.sheet().id());

  private final SearchIndexes indexes;
  private final SkillQueryParser parser;
  private final TermHighlighter highlighter;
  /** Both item indexes as one, so activities and competences are scored with the same statistics. */
  private final IndexSearcher all;
  private final int activityDocs;

  public SkillSearch(SearchIndexes indexes, Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
    this.indexes = indexes;
    this.parser = new SkillQueryParser(queryAnalyzer);
    this.highlighter = new TermHighlighter(indexAnalyzer);
    IndexReader activities = indexes.activities().getIndexReader();
    this.activityDocs = activities.maxDoc();
    try {
      // never closed: it does not own its sub-readers, which SearchIndexes closes
      this.all = new IndexSearcher(new MultiReader(activities, indexes.competences().getIndexReader()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param offset index of the first hit, from 0
   * @param limit page size, at least 1
   * @throws IllegalArgumentException when {@code offset + limit} exceeds {@link #MAX_DEPTH}
   */
  public SkillResults search(SkillQuery q, int offset, int limit) {
    if (offset < 0 || limit < 1 || (long) offset + limit > MAX_DEPTH) {
      throw new IllegalArgumentException("offset + limit must be within 1.." + MAX_DEPTH);
    }
    List<String> terms = parser.terms(q.text());
    Query strict = parser.parse(q, true);
    if (strict == null || terms.isEmpty()) {
      return new SkillResults(0, terms, false, List.of());
    }
    try {
      TopDocs top = search(q.scope(), strict, offset + limit);
      boolean relaxed = top.totalHits.value() == 0;
      if (relaxed) {
        top = search(q.scope(), parser.parse(q, false), offset + limit);
      }
      Set<String> termSet = new HashSet<>(terms);
      List<SkillHit> hits = new ArrayList<>();
      for (int i = offset; i < top.scoreDocs.length; i++) {
        hits.add(hit(q, top.scoreDocs[i], termSet));
      }
      return new SkillResults(Math.toIntExact(top.totalHits.value()), terms, relaxed, hits);
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed", e);
    }
  }

  /** The best {@code n} hits and the exact total. */
  private TopDocs search(SkillQuery.Scope scope, Query query, int n) throws IOException {
    return searcher(scope).search(query, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE));
  }

  private IndexSearcher searcher(SkillQuery.Scope scope) {
    return switch (scope) {
      case COMPETENCES -> indexes.competences();
      case ACTIVITIES -> indexes.activities();
      case ALL -> all;
    };
  }

  private SkillHit hit(SkillQuery q, ScoreDoc sd, Set<String> terms) {
    ItemRecord item = switch (q.scope()) {
      case COMPETENCES -> indexes.item(ItemType.COMPETENCE, sd.doc);
      case ACTIVITIES -> indexes.item(ItemType.ACTIVITY, sd.doc);
      case ALL -> sd.doc < activityDocs
          ? indexes.item(ItemType.ACTIVITY, sd.doc)
          : indexes.item(ItemType.COMPETENCE, sd.doc - activityDocs);
    };
    List<SkillSheet> sheets = sheets(item, q);
    List<TextSpan> highlights = highlighter.highlights(item.text(), terms);
    return new SkillHit(item.id(), item.type(), item.text(), item.kind(), sd.score, highlights,
        sheets.size() > SHEETS_PER_HIT ? List.copyOf(sheets.subList(0, SHEETS_PER_HIT)) : sheets, sheets.size());
  }

  /** The item's sheets that pass the query's filters, heaviest first. */
  private List<SkillSheet> sheets(ItemRecord item, SkillQuery q) {
    List<SkillSheet> out = new ArrayList<>();
    for (int i = 0; i < item.sheets().size(); i++) {
      SheetRecord sheet = indexes.sheet(item.sheets().get(i)).orElse(null);
      if (sheet != null && (q.type() == null || sheet.type() == q.type())
          && (q.family() == null || q.family().equals(sheet.family()))) {
        out.add(new SkillSheet(sheet, item.weight(i)));
      }
    }
    out.sort(HEAVIEST_FIRST);
    return List.copyOf(out);
  }
}
