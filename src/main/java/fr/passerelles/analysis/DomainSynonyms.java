package fr.passerelles.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Loads the domain synonyms ({@code corpus/synonyms.txt}, Solr format) into a {@link SynonymMap}
 * for {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter}.
 *
 * <p>Entries are analyzed by the index chain, stop words included: {@code gestion de la relation
 * client} becomes {@code gestion relation client}, and matches the query's stems across the gaps
 * its own stop words left. Lucene's parser would reject such an entry (a position increment above
 * one), hence the parser below. Equivalences ({@code a, b}) expand both ways.
 */
public final class DomainSynonyms {

  private DomainSynonyms() {}

  /**
   * Reads and parses {@code file} (UTF-8).
   *
   * @param analyzer the chain the entries go through: the index analyzer of the same stemmer
   * @throws IllegalArgumentException naming the file and line of an invalid rule
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SynonymMap load(Path file, Analyzer analyzer) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, analyzer);
    } catch (ParseException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read synonyms " + file, e);
    }
  }

  /** Parses Solr-format rules from {@code reader}, see {@link #load}. */
  public static SynonymMap parse(Reader reader, Analyzer analyzer)
      throws IOException, ParseException {
    GappedEntryParser parser = new GappedEntryParser(analyzer);
    parser.parse(reader);
    return parser.build();
  }

  /** A {@link SolrSynonymParser} that accepts the gaps stop words leave in an entry. */
  private static final class GappedEntryParser extends SolrSynonymParser {
    private final Analyzer analyzer;

    GappedEntryParser(Analyzer analyzer) {
      super(true, true, analyzer);
      this.analyzer = analyzer;
    }

    @Override
    public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
      reuse.clear();
      try (TokenStream ts = analyzer.tokenStream("", text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (reuse.length() > 0) {
            reuse.append(SynonymMap.WORD_SEPARATOR);
          }
          reuse.append(term.buffer(), 0, term.length());
        }
        ts.end();
      }
      if (reuse.length() == 0) {
        throw new IllegalArgumentException(
            "term: " + text + " was completely eliminated by analyzer");
      }
      return reuse.get();
    }
  }
}
