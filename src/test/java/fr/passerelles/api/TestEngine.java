package fr.passerelles.api;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real engine for the *IT tests: the project's corpus, the ROME release of {@code -Drome.dir}
 * when that folder exists (the pom points it at ../shared/data/rome), and an index built in the
 * test's temporary folder.
 */
final class TestEngine {
  private TestEngine() {}

  /** The ROME release folder, if this machine has one. */
  static Optional<Path> romeDir() {
    Path dir = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
  }

  static boolean hasRome() {
    return romeDir().isPresent();
  }

  /** Builds the index in {@code tmp} and opens the engine (10 to 20 s with ROME). */
  static Passerelles open(Path tmp) {
    return Passerelles.open(TestCorpus.load(), new DataPaths(TestCorpus.dir(), romeDir(), tmp.resolve("index")));
  }

  static Services services(Passerelles engine) {
    return new Services(TestCorpus.load(), EngineHolder.of(engine));
  }
}
