package fr.passerelles.eval;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The stock skill search reported beside the project's: the same items (activities and
 * competences of every indexed sheet, one document each), Lucene's {@link FrenchAnalyzer} at
 * index and query time, the query's words as optional clauses ({@link QueryBuilder}, OR), BM25
 * with its defaults. No folding, no phrase, no synonyms.
 */
public final class StockSkillSearch implements Closeable {
  private static final String TEXT = "text";
  private final FrenchAnalyzer analyzer = new FrenchAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final List<ItemRecord> items = new ArrayList<>();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public StockSkillSearch(SearchIndexes indexes) {
    try {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer)
          // adjacent merges only: doc id = position in items
          .setMergePolicy(new LogByteSizeMergePolicy()).setRAMBufferSizeMB(256))) {
        for (ItemType type : ItemType.values()) {
          for (ItemRecord item : indexes.allItems(type)) {
            Document d = new Document();
            d.add(new TextField(TEXT, item.text(), Field.Store.NO));
            w.addDocument(d);
            items.add(item);
          }
        }
      }
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  /** Items best first; empty when the query has no word the analyzer keeps. */
  public List<ItemRecord> search(String query, int limit) {
    Query q = new QueryBuilder(analyzer).createBooleanQuery(TEXT, query);
    if (q == null) {
      return List.of();
    }
    try {
      List<ItemRecord> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
        out.add(items.get(sd.doc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  @Override
  public void close() throws IOException {
    try (dir; reader; analyzer) {
      // all closed
    }
  }
}
