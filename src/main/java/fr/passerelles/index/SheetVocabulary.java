package fr.passerelles.index;

import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The sheets index's vocabulary with the document frequency the whole-text ranking weighs terms
 * by, read once at open: looking up five fields' term dictionaries for each of a CV's 200 distinct
 * terms cost a millisecond per request.
 */
final class SheetVocabulary {
  /** Fields whose document frequency sets a term's IDF (the body and the title). */
  private static final List<String> WEIGHING = List.of(IndexFields.ACTIVITIES, IndexFields.COMPETENCES, IndexFields.TITLE);
  /** Fields that only make a term known (it can still match there). */
  private static final List<String> KNOWING = List.of(IndexFields.NAMES, IndexFields.DESCRIPTION);

  /** Fields a sheet can be matched by: a term in none of them, for every sheet of a kind, matches none of that kind. */
  private static final List<String> MATCHED = List.of(IndexFields.TITLE, IndexFields.NAMES, IndexFields.DESCRIPTION,
      IndexFields.ACTIVITIES, IndexFields.COMPETENCES);

  private final Map<String, Integer> docFreq;
  private final int sheets;
  private final Map<SheetType, Set<String>> termsByType;

  private SheetVocabulary(Map<String, Integer> docFreq, int sheets, Map<SheetType, Set<String>> termsByType) {
    this.docFreq = docFreq;
    this.sheets = sheets;
    this.termsByType = termsByType;
  }

  static SheetVocabulary read(IndexReader reader) throws IOException {
    Map<String, Integer> df = new HashMap<>();
    for (String field : KNOWING) {
      docFreqs(reader, field).keySet().forEach(term -> df.putIfAbsent(term, 0));
    }
    for (String field : WEIGHING) {
      docFreqs(reader, field).forEach((term, freq) -> df.merge(term, freq, Math::max));
    }
    return new SheetVocabulary(Map.copyOf(df), Math.max(1, reader.numDocs()), termsByType(reader));
  }

  /** Whether some sheet of this kind has the term in a field it is matched by. */
  boolean has(SheetType type, String term) {
    return termsByType.getOrDefault(type, Set.of()).contains(term);
  }

  /** Each kind of sheet's terms, from the postings: a few thousand sheets, read once at open. */
  private static Map<SheetType, Set<String>> termsByType(IndexReader reader) throws IOException {
    Map<SheetType, Set<String>> out = new EnumMap<>(SheetType.class);
    for (SheetType type : SheetType.values()) {
      Set<String> terms = new HashSet<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        FixedBitSet ofType = docsOf(leaf, type);
        if (ofType == null) {
          continue;
        }
        for (String field : MATCHED) {
          Terms fieldTerms = leaf.reader().terms(field);
          if (fieldTerms == null) {
            continue;
          }
          TermsEnum te = fieldTerms.iterator();
          PostingsEnum postings = null;
          for (BytesRef t = te.next(); t != null; t = te.next()) {
            postings = te.postings(postings, PostingsEnum.NONE);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
              if (ofType.get(d)) {
                terms.add(t.utf8ToString());
                break;
              }
            }
          }
        }
      }
      out.put(type, Set.copyOf(terms));
    }
    return out;
  }

  private static FixedBitSet docsOf(LeafReaderContext leaf, SheetType type) throws IOException {
    Terms types = leaf.reader().terms(IndexFields.TYPE);
    if (types == null) {
      return null;
    }
    TermsEnum te = types.iterator();
    if (!te.seekExact(new BytesRef(type.json()))) {
      return null;
    }
    FixedBitSet docs = new FixedBitSet(leaf.reader().maxDoc());
    PostingsEnum p = te.postings(null, PostingsEnum.NONE);
    for (int d = p.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
      docs.set(d);
    }
    return docs;
  }

  /** Term → document frequency in one field, summed over the segments. */
  private static Map<String, Integer> docFreqs(IndexReader reader, String field) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        out.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
      }
    }
    return out;
  }

  /**
   * BM25's IDF of a term over the sheets (its largest document frequency among activities,
   * competences and title), or a negative value when no sheet field has the term.
   */
  double idf(String term) {
    Integer df = docFreq.get(term);
    if (df == null) {
      return -1;
    }
    return Math.log(1 + (sheets - df + 0.5) / (df + 0.5));
  }
}
