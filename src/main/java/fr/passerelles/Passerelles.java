package fr.passerelles;

import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.corpus.LabelledTexts;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.BranchSheets;
import fr.passerelles.index.IndexManifest;
import fr.passerelles.index.IndexStore;
import fr.passerelles.index.RomeSheets;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SearchableSheet;
import fr.passerelles.match.BranchPrior;
import fr.passerelles.match.ExampleVote;
import fr.passerelles.match.Matcher;
import fr.passerelles.match.PopulationBridge;
import fr.passerelles.match.TextMatcher;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.MobilitySettings;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.NlpModels;
import fr.passerelles.rome.RomeRelease;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine, assembled once at start-up and shared: corpus, optional ROME release, analysis
 * chain, the opened indexes (rebuilt when their inputs changed), NLP models and the matcher. The
 * command line, the HTTP API and the evaluation all start from here.
 */
public final class Passerelles implements Closeable {
  /** Bump when the indexed documents change shape: older indexes are then rebuilt. */
  static final int INDEX_SCHEMA_VERSION = 9;

  private final Corpus corpus;
  private final Optional<RomeRelease> rome;
  private final AnalysisChain analysis;
  private final SearchIndexes indexes;
  private final TextMatcher textMatcher;
  private final Mobility mobility;
  private final java.nio.file.Path corpusDir;

  private Passerelles(Corpus corpus, Optional<RomeRelease> rome, AnalysisChain analysis,
      SearchIndexes indexes, InputAnalyzer nlp, java.nio.file.Path corpusDir) {
    this.corpus = corpus;
    this.rome = rome;
    this.analysis = analysis;
    this.indexes = indexes;
    this.corpusDir = corpusDir;
    // the labelled texts vote in the engine's matcher (the benchmark's engines rank ROME sheets only)
    this.textMatcher = textMatcher(corpus, indexes, analysis, nlp)
        .withExampleVote(ExampleVote.asServed(LabelledTexts.load(corpusDir), analysis.queryAnalyzer()));
    this.mobility = Mobility.create(new Mobility.Sources(corpus, rome, analysis, indexes, textMatcher,
        searchableSheets(corpus, rome), corpusDir), MobilitySettings.DEFAULT);
  }

  /** Opens with the default analysis chain of the corpus. */
  public static Passerelles open(DataPaths paths) {
    return open(paths, AnalysisChain.defaultFor(paths.corpusDir()), NlpModels.fromClasspath());
  }

  public static Passerelles open(DataPaths paths, AnalysisChain analysis, NlpModels models) {
    return open(CorpusLoader.load(paths.corpusDir()), paths, analysis, models);
  }

  /**
   * Opens over a corpus the caller already loaded and validated from {@code paths.corpusDir()}
   * (the HTTP server serves that same instance), with the default analysis chain.
   */
  public static Passerelles open(Corpus corpus, DataPaths paths) {
    return open(corpus, paths, AnalysisChain.defaultFor(paths.corpusDir()), NlpModels.fromClasspath());
  }

  private static Passerelles open(Corpus corpus, DataPaths paths, AnalysisChain analysis, NlpModels models) {
    Optional<RomeRelease> rome = paths.romeDir().map(RomeRelease::load);
    try {
      SearchIndexes indexes = new IndexStore(paths.indexDir())
          .openOrBuild(source(corpus, rome, analysis), () -> searchableSheets(corpus, rome), analysis.indexAnalyzer());
      return new Passerelles(corpus, rome, analysis, indexes, new InputAnalyzer(models), paths.corpusDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open or build the index in " + paths.indexDir(), e);
    }
  }

  /** Identity of everything an index is built from. */
  /**
   * The matcher over opened indexes, with what it reads of the corpus (the métiers' headcounts for
   * the branch prior and the population bridge): the engine's and each benchmark engine's.
   */
  public static TextMatcher textMatcher(Corpus corpus, SearchIndexes indexes, AnalysisChain analysis, InputAnalyzer nlp) {
    return new TextMatcher(nlp, new Matcher(indexes, analysis.queryAnalyzer())
        .withBranchPrior(BranchPrior.of(corpus.nomenclature2009(), Matcher.DEFAULT_BRANCH_PRIOR))
        .withPopulationBridge(PopulationBridge.of(corpus.nomenclature2009(), indexes, Matcher.DEFAULT_POPULATION_BRIDGE)));
  }

  public static IndexManifest.Source source(Corpus corpus, Optional<RomeRelease> rome, AnalysisChain analysis) {
    String romeId = rome.map(r -> r.version().describe() + " " + r.summary().counts()).orElse("none");
    return new IndexManifest.Source(INDEX_SCHEMA_VERSION, corpus.checksum(), romeId, analysis.id());
  }

  /** Branch métiers (borrowing ROME text where the seeds only name them) and ROME sheets. */
  public static List<SearchableSheet> searchableSheets(Corpus corpus, Optional<RomeRelease> rome) {
    List<SearchableSheet> romeSheets = rome.map(RomeSheets::from).orElse(List.of());
    Map<String, SearchableSheet> byCode = new HashMap<>();
    romeSheets.forEach(s -> byCode.put(s.id(), s));
    List<SearchableSheet> all = new ArrayList<>(BranchSheets.from(corpus, code -> Optional.ofNullable(byCode.get(code))));
    all.addAll(romeSheets);
    return all;
  }

  /** The corpus folder this engine was opened on (its {@code synonyms.txt}, {@code mobility.json}…). */
  public java.nio.file.Path corpusDir() {
    return corpusDir;
  }

  public Corpus corpus() {
    return corpus;
  }

  public Optional<RomeRelease> rome() {
    return rome;
  }

  public AnalysisChain analysis() {
    return analysis;
  }

  public SearchIndexes indexes() {
    return indexes;
  }

  public TextMatcher textMatcher() {
    return textMatcher;
  }

  /** Passerelles between métiers, gaps and degrees, built at start-up. */
  public Mobility mobility() {
    return mobility;
  }

  @Override
  public void close() throws IOException {
    mobility.close(); // its background reading uses the indexes
    try (indexes; analysis) {
      // both closed, even if one fails
    }
  }
}
