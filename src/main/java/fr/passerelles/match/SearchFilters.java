package fr.passerelles.match;

import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SheetRecord;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/** Applies the type and family options, to Lucene queries and to sheets found through items. */
final class SearchFilters {
  private SearchFilters() {}

  /** Adds FILTER clauses; {@code typeField} is the sheet type field of the index searched. */
  static void addTo(BooleanQuery.Builder query, MatchOptions options, String typeField) {
    if (options.type() != null) {
      query.add(new TermQuery(new Term(typeField, options.type().json())), BooleanClause.Occur.FILTER);
    }
    if (options.family() != null) {
      query.add(new TermQuery(new Term(IndexFields.FAMILY, options.family())), BooleanClause.Occur.FILTER);
    }
  }

  static boolean accepts(SheetRecord sheet, MatchOptions options) {
    return (options.type() == null || sheet.type() == options.type())
        && (options.family() == null || options.family().equals(sheet.family()));
  }
}
