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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items of an index generation re-indexed for the skill search, with derivational conflation
 * on ({@code gestion} meets {@code Gère}: docs/analysis.md) and word positions for phrase and
 * proximity queries. Documents keep the doc ids of the generation's item indexes, so
 * {@link SearchIndexes#item} still maps a hit to its record; a {@link #WORDS} field holds the
 * folded surface words for "did you mean". The matcher's indexes are untouched: conflation is on
 * for this search only.
 *
 * <p>It is written once into the generation's folder ({@link #FOLDER}, by {@code bin/passerelles
 * index} or by the first open), then only opened: building takes seconds, opening milliseconds. A
 * folder written by another {@link #FORMAT} or for other item counts is rebuilt; a generation that
 * cannot be written to (read-only) gets an in-memory index.
 */
final class SkillIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(SkillIndex.class);
  /** Lower-cased, folded surface words, for spelling suggestions. */
  static final String WORDS = "words";
  /** Sub-folder of an index generation. */
  static final String FOLDER = "skills";
  /** Bump when the documents or the index analyzer change: an older folder is then rebuilt (2: agent nouns conflated; 3: coordination → coordonner; 4: -ariat nouns). */
  static final int FORMAT = 4;
  private static final String STAMP = "format.txt";

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
      Path dir = readyFolder(indexes);
      this.activities = dir != null ? open(dir, ItemType.ACTIVITY) : DirectoryReader.open(build(indexes, ItemType.ACTIVITY, new ByteBuffersDirectory()));
      this.competences = dir != null ? open(dir, ItemType.COMPETENCE) : DirectoryReader.open(build(indexes, ItemType.COMPETENCE, new ByteBuffersDirectory()));
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

  /**
   * The generation's skill folder, written first when missing or stale; null when it cannot be
   * written (the caller then indexes in memory).
   */
  private Path readyFolder(SearchIndexes indexes) {
    Path dir = indexes.dir().resolve(FOLDER);
    String stamp = stamp(indexes);
    try {
      if (Files.isRegularFile(dir.resolve(STAMP)) && Files.readString(dir.resolve(STAMP), StandardCharsets.UTF_8).equals(stamp)) {
        return dir;
      }
      long start = System.nanoTime();
      Path tmp = Files.createDirectories(indexes.dir().resolve(FOLDER + ".tmp-" + ProcessHandle.current().pid()));
      for (ItemType type : ItemType.values()) {
        try (FSDirectory d = FSDirectory.open(tmp.resolve(folder(type)))) {
          build(indexes, type, d).close();
        }
      }
      Files.writeString(tmp.resolve(STAMP), stamp, StandardCharsets.UTF_8);
      deleteTree(dir);
      try {
        Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        deleteTree(tmp); // another process wrote it meanwhile: use theirs if it is complete
        if (!Files.isRegularFile(dir.resolve(STAMP))) {
          throw e;
        }
      }
      LOG.info("Built the skill index {} in {} ms", dir, (System.nanoTime() - start) / 1_000_000);
      return dir;
    } catch (IOException e) {
      LOG.warn("Cannot write the skill index in {} ({}): indexing in memory", indexes.dir(), e.toString());
      return null;
    }
  }

  /** What the folder must have been written for: this format and the generation's item counts. */
  private static String stamp(SearchIndexes indexes) {
    return "format " + FORMAT + ", activities " + indexes.allItems(ItemType.ACTIVITY).size()
        + ", competences " + indexes.allItems(ItemType.COMPETENCE).size() + "\n";
  }

  private static String folder(ItemType type) {
    return type == ItemType.ACTIVITY ? "activities" : "competences";
  }

  private static DirectoryReader open(Path dir, ItemType type) throws IOException {
    return DirectoryReader.open(FSDirectory.open(dir.resolve(folder(type))));
  }

  /** Writes the items of one type, in the generation's doc order, into {@code dir}; returns it. */
  private <D extends Directory> D build(SearchIndexes indexes, ItemType type, D dir) throws IOException {
    Analyzer perField = new PerFieldAnalyzerWrapper(indexAnalyzer, Map.of(WORDS, new SurfaceWords()));
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        // merges of adjacent segments only: doc ids must stay those of the generation's index
        .setMergePolicy(new LogByteSizeMergePolicy())
        .setRAMBufferSizeMB(256))) {
      for (ItemRecord item : indexes.allItems(type)) {
        w.addDocument(document(item, indexes));
      }
      w.forceMerge(1);
    }
    return dir;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
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
