package fr.passerelles.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

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

  private final Map<String, Integer> docFreq;
  private final int sheets;

  private SheetVocabulary(Map<String, Integer> docFreq, int sheets) {
    this.docFreq = docFreq;
    this.sheets = sheets;
  }

  static SheetVocabulary read(IndexReader reader) throws IOException {
    Map<String, Integer> df = new HashMap<>();
    for (String field : KNOWING) {
      docFreqs(reader, field).keySet().forEach(term -> df.putIfAbsent(term, 0));
    }
    for (String field : WEIGHING) {
      docFreqs(reader, field).forEach((term, freq) -> df.merge(term, freq, Math::max));
    }
    return new SheetVocabulary(Map.copyOf(df), Math.max(1, reader.numDocs()));
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
