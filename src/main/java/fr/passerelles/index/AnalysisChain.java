package fr.passerelles.index;

import fr.passerelles.analysis.FrenchBaseline;
import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.analysis.StemmerVariant;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers used to build and to query an index, with an id stored in the index manifest (an
 * index built with another chain is rebuilt, never queried with mismatched terms).
 */
public record AnalysisChain(String id, Analyzer indexAnalyzer, Analyzer queryAnalyzer) implements Closeable {
  /** The stemmer chosen by the evaluation (docs/quality.md). */
  public static final StemmerVariant DEFAULT_STEMMER = StemmerVariant.LIGHT;
  public static final String SYNONYMS_FILE = "synonyms.txt";

  /** Lucene's stock FrenchAnalyzer, the baseline of the evaluation. */
  public static AnalysisChain stock() {
    Analyzer a = new FrenchBaseline();
    return new AnalysisChain("french-stock", a, a);
  }

  /** Whether the default chain conflates action nouns with their verbs (docs/analysis.md, 7b). */
  public static final boolean DEFAULT_CONFLATION = false;

  /** The project's chain without derivational conflation. */
  public static AnalysisChain passerelles(StemmerVariant stemmer, Path synonyms) {
    return passerelles(stemmer, synonyms, false);
  }

  /** The project's chain; query-time synonyms from {@code synonyms} when it exists. */
  public static AnalysisChain passerelles(StemmerVariant stemmer, Path synonyms, boolean conflation) {
    boolean withSynonyms = synonyms != null && Files.isRegularFile(synonyms);
    Analyzer index = PasserellesAnalyzer.builder().stemmer(stemmer).conflation(conflation).build();
    Analyzer query = withSynonyms
        ? PasserellesAnalyzer.builder().stemmer(stemmer).synonyms(synonyms).conflation(conflation).build() : index;
    String id = "passerelles-" + stemmer.name().toLowerCase(Locale.ROOT) + (withSynonyms ? "+synonyms" : "")
        + (conflation ? "+derivation" : "");
    return new AnalysisChain(id, index, query);
  }

  /** The default chain for a corpus folder (its {@code synonyms.txt}). */
  public static AnalysisChain defaultFor(Path corpusDir) {
    return passerelles(DEFAULT_STEMMER, corpusDir.resolve(SYNONYMS_FILE), DEFAULT_CONFLATION);
  }

  @Override
  public void close() {
    indexAnalyzer.close();
    if (queryAnalyzer != indexAnalyzer) {
      queryAnalyzer.close();
    }
  }
}
