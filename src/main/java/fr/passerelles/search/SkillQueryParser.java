package fr.passerelles.search;

import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A recruiter's words → a Lucene query over the items' text. Each word position (a word and its
 * synonyms, or a multi-word synonym) is one clause. A strict query needs all the clauses of a short
 * query and most of a longer one ({@link #minimumShouldMatch}); a relaxed one, any clause. Filters
 * never score.
 */
final class SkillQueryParser {
  /** Up to this many clauses, every clause must match. */
  static final int ALL_REQUIRED_UP_TO = 3;
  /** Beyond, this share of the clauses (rounded up) must match. */
  static final double SHARE_REQUIRED = 0.6;

  private final Analyzer analyzer;
  private final QueryBuilder builder;

  SkillQueryParser(Analyzer queryAnalyzer) {
    this.analyzer = queryAnalyzer;
    this.builder = new QueryBuilder(queryAnalyzer);
  }

  /** Distinct analyzed terms of the query, synonyms included, in order. */
  List<String> terms(String text) {
    return IndexBuilder.analyzedTerms(analyzer, IndexFields.TEXT, text);
  }

  /**
   * The scoring query with the query's filters, or null when the text has no searchable word.
   *
   * @param strict whether most words are required, or any one is enough
   */
  Query parse(SkillQuery q, boolean strict) {
    Query text = builder.createBooleanQuery(IndexFields.TEXT, q.text(), BooleanClause.Occur.SHOULD);
    if (text == null) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(strict ? requireMost(text) : text, BooleanClause.Occur.MUST);
    filter(query, IndexFields.SHEET_TYPE, q.type() == null ? null : q.type().json());
    filter(query, IndexFields.FAMILY, q.family());
    filter(query, IndexFields.KIND, q.kind());
    return query.build();
  }

  /** The same clauses, with {@link #minimumShouldMatch} of them required. */
  private static Query requireMost(Query text) {
    if (!(text instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
      return text;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    bq.clauses().forEach(b::add);
    b.setMinimumNumberShouldMatch(minimumShouldMatch(bq.clauses().size()));
    return b.build();
  }

  static int minimumShouldMatch(int clauses) {
    return clauses <= ALL_REQUIRED_UP_TO ? clauses : (int) Math.ceil(clauses * SHARE_REQUIRED);
  }

  private static void filter(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }
}
