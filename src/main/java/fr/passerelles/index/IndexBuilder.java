package fr.passerelles.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes the three indexes of a generation: {@code sheets} (one document per searchable sheet),
 * {@code activities} and {@code competences} (one per item, listing every sheet that has it).
 */
public final class IndexBuilder {
  public static final String SHEETS = "sheets";
  public static final String ACTIVITIES = "activities";
  public static final String COMPETENCES = "competences";

  private final Analyzer analyzer;

  public IndexBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Builds into {@code dir} (which must be new) and returns documents per index. */
  public Map<String, Integer> build(List<SearchableSheet> sheets, Path dir) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(SHEETS, write(dir.resolve(SHEETS), sheets.stream().map(this::sheetDoc).toList()));
    counts.put(ACTIVITIES, write(dir.resolve(ACTIVITIES), itemDocs(sheets, true)));
    counts.put(COMPETENCES, write(dir.resolve(COMPETENCES), itemDocs(sheets, false)));
    return counts;
  }

  private int write(Path dir, List<Document> docs) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      writer.addDocuments(docs);
      writer.forceMerge(1); // read-only afterwards: one segment is the fastest to search
      writer.commit();
    }
    return docs.size();
  }

  private Document sheetDoc(SearchableSheet s) {
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, s.id(), Field.Store.YES));
    d.add(new StringField(IndexFields.TYPE, s.type().json(), Field.Store.YES));
    d.add(new StringField(IndexFields.METIER, s.metier(), Field.Store.YES));
    d.add(new StringField(IndexFields.FAMILY, s.family(), Field.Store.YES));
    d.add(new StoredField(IndexFields.FAMILY_LABEL, s.familyLabel()));
    d.add(new TextField(IndexFields.TITLE, s.title(), Field.Store.YES));
    d.add(new TextField(IndexFields.NAMES, String.join(" ; ", s.names()), Field.Store.NO));
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name : concat(s.title(), s.names())) {
      for (String spelling : TitleVariants.of(name)) {
        String key = String.join(" ", analyzedTerms(analyzer, IndexFields.NAMES, spelling));
        if (!key.isEmpty() && seen.add(key)) {
          d.add(new StoredField(IndexFields.NAME_TERMS, key));
          d.add(new StoredField(IndexFields.NAME_LABELS, name));
        }
      }
    }
    d.add(new TextField(IndexFields.DESCRIPTION, s.description(), Field.Store.NO));
    d.add(new TextField(IndexFields.ACTIVITIES, joined(s.activities()), Field.Store.NO));
    d.add(new TextField(IndexFields.COMPETENCES, joined(s.competences()), Field.Store.NO));
    d.add(new TextField(IndexFields.ALL, String.join(" ;\n", s.title(), String.join(" ; ", s.names()),
        s.description(), joined(s.activities()), joined(s.competences())), Field.Store.NO));
    for (String code : s.borrowedFrom()) {
      d.add(new StoredField(IndexFields.BORROWED_FROM, code));
    }
    for (String code : s.romeCodes()) {
      d.add(new StoredField(IndexFields.ROME_CODES, code));
    }
    return d;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static String joined(List<SearchableItem> items) {
    StringBuilder b = new StringBuilder();
    for (SearchableItem i : items) {
      b.append(i.text()).append(" ;\n");
    }
    return b.toString();
  }

  /** One document per distinct item id, carrying all the sheets (and sheet types) that list it. */
  private List<Document> itemDocs(List<SearchableSheet> sheets, boolean activities) {
    Map<String, SearchableItem> items = new LinkedHashMap<>();
    Map<String, Map<String, Float>> owners = new LinkedHashMap<>();
    Map<String, Set<String>> ownerTypes = new LinkedHashMap<>();
    Map<String, Set<String>> ownerFamilies = new LinkedHashMap<>();
    for (SearchableSheet s : sheets) {
      for (SearchableItem i : activities ? s.activities() : s.competences()) {
        items.putIfAbsent(i.id(), i);
        owners.computeIfAbsent(i.id(), k -> new LinkedHashMap<>()).merge(s.id(), i.weight(), Math::max);
        ownerTypes.computeIfAbsent(i.id(), k -> new LinkedHashSet<>()).add(s.type().json());
        ownerFamilies.computeIfAbsent(i.id(), k -> new LinkedHashSet<>()).add(s.family());
      }
    }
    List<Document> docs = new ArrayList<>(items.size());
    for (SearchableItem i : items.values()) {
      Document d = new Document();
      d.add(new StringField(IndexFields.ID, i.id(), Field.Store.YES));
      d.add(new TextField(IndexFields.TEXT, i.text(), Field.Store.YES));
      d.add(new StoredField(IndexFields.TERMS, String.join(" ", terms(i.text()))));
      d.add(new StringField(IndexFields.QUALIFIER, nonNull(i.qualifier()), Field.Store.YES));
      d.add(new StringField(IndexFields.KIND, nonNull(i.kind()), Field.Store.YES));
      d.add(new StringField(IndexFields.MACRO, nonNull(i.macro()), Field.Store.YES));
      d.add(new StoredField(IndexFields.SHAPES, ItemShape.store(ItemShape.of(i.text()))));
      // the same ROME item weighs differently in each sheet that lists it (core or not, borrowed)
      for (Map.Entry<String, Float> owner : owners.get(i.id()).entrySet()) {
        d.add(new StringField(IndexFields.SHEET, owner.getKey(), Field.Store.YES));
        d.add(new StoredField(IndexFields.WEIGHT, owner.getValue()));
      }
      for (String type : ownerTypes.get(i.id())) {
        d.add(new StringField(IndexFields.SHEET_TYPE, type, Field.Store.NO));
      }
      for (String family : ownerFamilies.get(i.id())) {
        d.add(new StringField(IndexFields.FAMILY, family, Field.Store.NO));
      }
      docs.add(d);
    }
    return docs;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** Distinct analyzed terms of a text, in order of first appearance. */
  List<String> terms(String text) {
    return analyzedTerms(analyzer, IndexFields.TEXT, text);
  }

  /** Distinct terms produced by {@code analyzer} for {@code text}. */
  public static List<String> analyzedTerms(Analyzer analyzer, String field, String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory text: cannot happen in practice
    }
    return List.copyOf(out);
  }
}
