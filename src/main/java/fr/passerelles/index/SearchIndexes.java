package fr.passerelles.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One opened index generation: a searcher per index, shared by all requests (the indexes are
 * read-only once built, so no reopening or locking is needed), plus the item vocabularies' IDF.
 */
public final class SearchIndexes implements Closeable {
  private final Path dir;
  private final IndexManifest manifest;
  private final DirectoryReader sheets;
  private final DirectoryReader activities;
  private final DirectoryReader competences;
  private final IndexSearcher sheetsSearcher;
  private final IndexSearcher activitiesSearcher;
  private final IndexSearcher competencesSearcher;
  private final Map<String, Float> activityIdf;
  private final Map<String, Float> competenceIdf;
  private final ItemRecord[] activityRecords;
  private final ItemRecord[] competenceRecords;
  private final SheetRecord[] sheetRecords;
  private final Map<String, SheetRecord> sheetsById;
  private final Map<String, Integer> sheetDocs;
  private final SheetVocabulary sheetVocabulary;
  private final TitleDictionary titles;
  private final ItemVectors activityVectors;
  private final ItemVectors competenceVectors;
  private final LatentModel latent;
  private final Map<Term, TermStates> sheetTermStates = new ConcurrentHashMap<>();

  private SearchIndexes(Path dir, IndexManifest manifest) throws IOException {
    this.dir = dir;
    this.manifest = manifest;
    this.sheets = DirectoryReader.open(FSDirectory.open(dir.resolve(IndexBuilder.SHEETS)));
    this.activities = DirectoryReader.open(FSDirectory.open(dir.resolve(IndexBuilder.ACTIVITIES)));
    this.competences = DirectoryReader.open(FSDirectory.open(dir.resolve(IndexBuilder.COMPETENCES)));
    this.sheetsSearcher = new IndexSearcher(sheets);
    this.activitiesSearcher = new IndexSearcher(activities);
    this.competencesSearcher = new IndexSearcher(competences);
    this.activityIdf = idf(activities);
    this.competenceIdf = idf(competences);
    this.activityRecords = items(activities, ItemType.ACTIVITY);
    this.competenceRecords = items(competences, ItemType.COMPETENCE);
    this.sheetRecords = sheets(sheets);
    Map<String, SheetRecord> byId = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    for (int d = 0; d < sheetRecords.length; d++) {
      byId.put(sheetRecords[d].id(), sheetRecords[d]);
      docs.put(sheetRecords[d].id(), d);
    }
    this.sheetsById = Map.copyOf(byId);
    this.sheetDocs = Map.copyOf(docs);
    this.sheetVocabulary = SheetVocabulary.read(sheets);
    this.titles = titles(sheets);
    this.activityVectors = ItemVectors.of(activityRecords, activityIdf, unknownIdf(activities));
    this.competenceVectors = ItemVectors.of(competenceRecords, competenceIdf, unknownIdf(competences));
    this.latent = LatentModel.of(sheets);
  }

  private static ItemRecord[] items(DirectoryReader reader, ItemType type) throws IOException {
    ItemRecord[] out = new ItemRecord[reader.maxDoc()];
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < out.length; doc++) {
      Document d = stored.document(doc);
      String terms = d.get(IndexFields.TERMS);
      out[doc] = new ItemRecord(
          d.get(IndexFields.ID), type, d.get(IndexFields.TEXT), d.get(IndexFields.QUALIFIER),
          emptyToNull(d.get(IndexFields.KIND)), emptyToNull(d.get(IndexFields.MACRO)),
          List.of(d.getValues(IndexFields.SHEET)), weights(d),
          terms.isEmpty() ? List.of() : List.of(terms.split(" ")), ItemShape.read(d.get(IndexFields.SHAPES)));
    }
    return out;
  }

  private static SheetRecord[] sheets(DirectoryReader reader) throws IOException {
    SheetRecord[] out = new SheetRecord[reader.maxDoc()];
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < out.length; doc++) {
      Document d = stored.document(doc);
      out[doc] = new SheetRecord(
          d.get(IndexFields.ID), SheetType.parse(d.get(IndexFields.TYPE)), d.get(IndexFields.METIER),
          d.get(IndexFields.TITLE), d.get(IndexFields.FAMILY), d.get(IndexFields.FAMILY_LABEL),
          List.of(d.getValues(IndexFields.BORROWED_FROM)), List.of(d.getValues(IndexFields.ROME_CODES)));
    }
    return out;
  }

  private static TitleDictionary titles(DirectoryReader reader) throws IOException {
    Map<Integer, Map<String, String>> names = new HashMap<>();
    Map<Integer, String> kinds = new HashMap<>();
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      Document d = stored.document(doc);
      kinds.put(doc, d.get(IndexFields.TYPE));
      String[] keys = d.getValues(IndexFields.NAME_TERMS);
      String[] labels = d.getValues(IndexFields.NAME_LABELS);
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (int i = 0; i < keys.length; i++) {
        m.put(keys[i], labels[i]);
      }
      names.put(doc, m);
    }
    return TitleDictionary.of(names, kinds);
  }

  /** Every title and name of the indexed sheets, for recognising job titles in the input. */
  public TitleDictionary titles() {
    return titles;
  }

  private static float[] weights(Document d) {
    var fields = d.getFields(IndexFields.WEIGHT);
    float[] w = new float[fields.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = fields[i].numericValue().floatValue();
    }
    return w;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The item stored at {@code doc} of the activities or competences index. */
  public ItemRecord item(ItemType type, int doc) {
    return (type == ItemType.ACTIVITY ? activityRecords : competenceRecords)[doc];
  }

  /** The sheet stored at {@code doc} of the sheets index. */
  public SheetRecord sheet(int doc) {
    return sheetRecords[doc];
  }

  /** The sheets index's doc of a sheet id, -1 for an id it does not hold. */
  public int sheetDoc(String id) {
    return sheetDocs.getOrDefault(id, -1);
  }

  public java.util.Optional<SheetRecord> sheet(String id) {
    return java.util.Optional.ofNullable(sheetsById.get(id));
  }

  /** All indexed sheets, in index order. */
  public List<SheetRecord> allSheets() {
    return List.of(sheetRecords);
  }

  /** All indexed items of one type, in index order. */
  public List<ItemRecord> allItems(ItemType type) {
    return List.of(type == ItemType.ACTIVITY ? activityRecords : competenceRecords);
  }

  static SearchIndexes open(Path dir) throws IOException {
    return new SearchIndexes(dir, IndexManifest.read(dir));
  }

  /** IDF of every term of the items' text field, computed once: evidence coverage uses it per hit. */
  private static Map<String, Float> idf(DirectoryReader reader) throws IOException {
    Map<String, Float> idf = new HashMap<>();
    int n = reader.numDocs();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.TEXT);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        int df = reader.docFreq(new Term(IndexFields.TEXT, BytesRef.deepCopyOf(t)));
        idf.put(t.utf8ToString(), (float) Math.log(1 + (n - df + 0.5) / (df + 0.5)));
      }
    }
    return Map.copyOf(idf);
  }

  public Path dir() {
    return dir;
  }

  public IndexManifest manifest() {
    return manifest;
  }

  public IndexSearcher sheets() {
    return sheetsSearcher;
  }

  public IndexSearcher activities() {
    return activitiesSearcher;
  }

  public IndexSearcher competences() {
    return competencesSearcher;
  }

  public IndexSearcher items(ItemType type) {
    return type == ItemType.ACTIVITY ? activitiesSearcher : competencesSearcher;
  }

  /**
   * IDF of an analyzed term over the sheets (its largest document frequency among their
   * activities, competences and titles), or a negative value when no sheet field has it.
   */
  public double sheetIdf(String term) {
    return sheetVocabulary.idf(term);
  }

  /** Whether some sheet of this kind has the analyzed term in a field the whole-text query searches. */
  public boolean sheetsHave(SheetType type, String term) {
    return sheetVocabulary.has(type, term);
  }

  /**
   * The term's statistics and postings pointers in the sheets index, looked up once and kept: the
   * whole-text query of a CV has 48 terms in 5 fields, and seeking 240 terms in the dictionaries
   * was half its cost. Valid as long as this generation is open (its reader never changes);
   * callers pass only terms of the sheets' vocabulary ({@link #sheetIdf} ≥ 0), which bounds the
   * cache.
   */
  public TermStates sheetTermStates(Term term) {
    return sheetTermStates.computeIfAbsent(term, t -> {
      try {
        return TermStates.build(sheetsSearcher, t, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The sheets' latent semantic model, built from this generation's sheets index at open: what
   * the index does not hold (a held-out text) cannot be in it.
   */
  public LatentModel latent() {
    return latent;
  }

  /** Whether an item index has this analyzed term. */
  public boolean knows(ItemType type, String term) {
    return (type == ItemType.ACTIVITY ? activityIdf : competenceIdf).containsKey(term);
  }

  /** IDF of an analyzed term in an item index; unknown terms get the rarest-term IDF. */
  public float idf(ItemType type, String term) {
    Map<String, Float> table = type == ItemType.ACTIVITY ? activityIdf : competenceIdf;
    Float v = table.get(term);
    return v != null ? v : unknownIdf(type == ItemType.ACTIVITY ? activities : competences);
  }

  private static float unknownIdf(DirectoryReader reader) {
    return (float) Math.log(1 + (reader.numDocs() + 0.5) / 0.5);
  }

  /** An item index as IDF-weighted term sets with inverted lists, for exact evidence scoring. */
  public ItemVectors vectors(ItemType type) {
    return type == ItemType.ACTIVITY ? activityVectors : competenceVectors;
  }

  @Override
  public void close() throws IOException {
    try (sheets; activities; competences) {
      // closes all three even if one fails
    }
  }
}
