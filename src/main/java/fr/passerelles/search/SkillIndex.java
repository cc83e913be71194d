package fr.passerelles.search;

import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The items of an opened index generation re-indexed in memory for the skill search, with
 * derivational conflation on ({@code gestion} meets {@code Gère}: docs/analysis.md) and word
 * positions for phrase and proximity queries. Documents keep the doc ids of the on-disk item
 * indexes, so {@link SearchIndexes#item} still maps a hit to its record; a {@link #WORDS} field
 * holds the folded surface words for "did you mean". The matcher's indexes are untouched:
 * conflation is on for this search only.
 */
final class SkillIndex implements Closeable {
  /** Lower-cased, folded surface words, for spelling suggestions. */
  static final String WORDS = "words";

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final DirectoryReader activities;
  private final DirectoryReader competences;
  private final IndexSearcher activitiesSearcher;
  private final IndexSearcher competencesSearcher;
  private final IndexSearcher all;

  SkillIndex(SearchIndexes indexes, Path synonymsFile) {
    this.indexAnalyzer = PasserellesAnalyzer.builder().conflation(true).build();
    this.queryAnalyzer = synonymsFile != null && Files.isRegularFile(synonymsFile)
        ? PasserellesAnalyzer.builder().conflation(true).synonyms(synonymsFile).build()
        : indexAnalyzer;
    try {
      this.activities = build(indexes, ItemType.ACTIVITY);
      this.competences = build(indexes, ItemType.COMPETENCE);
      this.activitiesSearcher = new IndexSearcher(activities);
      this.competencesSearcher = new IndexSearcher(competences);
      this.all = new IndexSearcher(new MultiReader(activities, competences));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the skill index", e);
    }
  }

  /** The synonyms file of a corpus folder, as {@link AnalysisChain#defaultFor} reads it. */
  static Path synonymsOf(Path corpusDir) {
    return corpusDir == null ? null : corpusDir.resolve(AnalysisChain.SYNONYMS_FILE);
  }

  private DirectoryReader build(SearchIndexes indexes, ItemType type) throws IOException {
    Analyzer perField = new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(WORDS, new SurfaceWords()));
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        // merges of adjacent segments only: doc ids must stay those of the on-disk index
        .setMergePolicy(new LogByteSizeMergePolicy())
        .setRAMBufferSizeMB(256))) {
      for (ItemRecord item : indexes.allItems(type)) {
        w.addDocument(document(item, indexes));
      }
    }
    return DirectoryReader.open(dir);
  }

  private static Document document(ItemRecord item, SearchIndexes indexes) {
    Document d = new Document();
    d.add(new TextField(IndexFields.TEXT, item.text(), Field.Store.NO));
    d.add(new TextField(WORDS, item.text(), Field.Store.NO));
    if (item.kind() != null) {
      d.add(new StringField(IndexFields.KIND, item.kind(), Field.Store.NO));
    }
    Set<String> types = new LinkedHashSet<>();
    Set<String> families = new LinkedHashSet<>();
    for (String id : item.sheets()) {
      indexes.sheet(id).ifPresent((SheetRecord s) -> {
        types.add(s.type().json());
        families.add(s.family());
      });
    }
    types.forEach(t -> d.add(new StringField(IndexFields.SHEET_TYPE, t, Field.Store.NO)));
    families.forEach(f -> d.add(new StringField(IndexFields.FAMILY, f, Field.Store.NO)));
    return d;
  }

  Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  IndexSearcher searcher(SkillQuery.Scope scope) {
    return switch (scope) {
      case COMPETENCES -> competencesSearcher;
      case ACTIVITIES -> activitiesSearcher;
      case ALL -> all;
    };
  }

  /** Docs of the activities index come first in {@link SkillQuery.Scope#ALL}. */
  int activityDocs() {
    return activities.maxDoc();
  }

  @Override
  public void close() throws IOException {
    try (activities; competences) {
      if (queryAnalyzer != indexAnalyzer) {
        queryAnalyzer.close();
      }
      indexAnalyzer.close();
    }
  }

  /** Words as written, lower-cased and without accents: what a recruiter types, to correct it. */
  static final class SurfaceWords extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, result);
    }
  }
}
