package fr.passerelles.eval;

import fr.passerelles.index.SearchableSheet;
import fr.passerelles.index.SheetType;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The stock baseline every benchmark reports beside the project: Lucene's {@link FrenchAnalyzer}
 * and {@link MoreLikeThis} over one text field per ROME sheet (title, appellations, definition and
 * access sentences, savoir-faire and savoir labels), BM25 by default. MoreLikeThis keeps its
 * defaults (25 query terms at most, no length limits) except {@code minTermFreq} and {@code
 * minDocFreq}, set to 1 so that a short query (a job title) still yields terms. Built from the
 * same filtered release as the project's fold engine, so it leaves out the same text. {@link
 * #ofBranch} builds the same over the branch métiers as the project indexes them, for the branch
 * figures of the labelled sets.
 */
public final class StockBaseline implements Closeable {
  static final String ID = "id";
  static final String TEXT = "text";

  private final FrenchAnalyzer analyzer = new FrenchAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public StockBaseline(RomeRelease rome) {
    this(texts(rome));
  }

  /** One document per entry: id → everything the sheet says. */
  private StockBaseline(Map<String, String> texts) {
    try {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Map.Entry<String, String> e : texts.entrySet()) {
          Document d = new Document();
          d.add(new StringField(ID, e.getKey(), Field.Store.YES));
          d.add(new TextField(TEXT, e.getValue(), Field.Store.NO));
          w.addDocument(d);
        }
      }
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index", e);
    }
  }

  /**
   * The branch métiers as the project indexes them (title, names, mission, activities and
   * competences; a métier with no sheet of its own has its borrowed ROME text), one field each.
   */
  public static StockBaseline ofBranch(List<SearchableSheet> sheets) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (SearchableSheet s : sheets) {
      if (s.type() == SheetType.BRANCH) {
        texts.put(s.id(), text(s));
      }
    }
    return new StockBaseline(texts);
  }

  private static Map<String, String> texts(RomeRelease rome) {
    Map<String, String> texts = new LinkedHashMap<>();
    rome.sheets().forEach(s -> texts.put(s.code(), text(s)));
    return texts;
  }

  static String text(SearchableSheet s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.title());
    parts.addAll(s.names());
    parts.add(s.description());
    s.activities().forEach(i -> parts.add(i.text()));
    s.competences().forEach(i -> parts.add(i.text()));
    return String.join("\n", parts);
  }

  /** Everything the sheet says, as one text. */
  static String text(RomeSheet s) {
    List<String> parts = new ArrayList<>();
    parts.add(s.title());
    s.appellations().forEach(a -> parts.add(a.longLabel()));
    parts.add(s.definition());
    parts.add(s.access());
    s.savoirFaire().forEach(l -> parts.add(l.competence().label()));
    s.savoirs().forEach(l -> parts.add(l.competence().label()));
    return String.join("\n", parts);
  }

  /** ROME codes, best first. */
  public List<String> rank(String text, int limit) {
    try {
      MoreLikeThis mlt = new MoreLikeThis(reader);
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {TEXT});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      Query q = mlt.like(TEXT, new StringReader(text));
      List<String> out = new ArrayList<>();
      var stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(q, limit).scoreDocs) {
        out.add(stored.document(sd.doc).get(ID));
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
