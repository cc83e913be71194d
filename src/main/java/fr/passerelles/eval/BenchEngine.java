package fr.passerelles.eval;

import fr.passerelles.Passerelles;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.IndexStore;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.match.TextMatcher;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.rome.RomeRelease;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's engine over a filtered release, built the way {@link Passerelles} builds the
 * service's (searchable branch and ROME sheets → {@link IndexStore} → {@link SearchIndexes} →
 * {@link fr.passerelles.match.Matcher} → {@link TextMatcher}), in a folder of its own that {@link #close} deletes.
 *
 * @param rome the filtered release the index was built from
 */
public record BenchEngine(
    Corpus corpus, RomeRelease rome, AnalysisChain analysis, InputAnalyzer nlp, SearchIndexes indexes,
    TextMatcher textMatcher, Path dir) implements Closeable {

  public static BenchEngine build(Corpus corpus, RomeRelease rome, AnalysisChain analysis, InputAnalyzer nlp,
      Path parent) {
    try {
      Files.createDirectories(parent);
      Path dir = Files.createTempDirectory(parent, "engine-");
      Optional<RomeRelease> release = Optional.of(rome);
      SearchIndexes indexes = new IndexStore(dir).openOrBuild(Passerelles.source(corpus, release, analysis),
          () -> Passerelles.searchableSheets(corpus, release), analysis.indexAnalyzer());
      TextMatcher matcher = Passerelles.textMatcher(corpus, indexes, analysis, nlp);
      return new BenchEngine(corpus, rome, analysis, nlp, indexes, matcher, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build a benchmark engine under " + parent, e);
    }
  }

  /** Closes the indexes and deletes their folder; the analysis chain belongs to the caller. */
  @Override
  public void close() throws IOException {
    indexes.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
