package fr.passerelles.match;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One engine over the corpus and the full ROME release, opened on first use and shared by the match
 * ITs that read it as it is built by default: each class opening its own cost a few hundred MB of
 * the IT fork's 2 GB heap and several seconds. Closed, and its index deleted, when the fork ends.
 * Tests only read it; a test that needs other settings opens its own.
 */
final class RomeTestEngine {
  private static Passerelles engine;

  private RomeTestEngine() {}

  /** The shared engine; the calling test is skipped, with {@code why}, when the release is absent. */
  static synchronized Passerelles get(String why) {
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(rome), why);
    if (engine == null) {
      try {
        Path indexDir = Files.createTempDirectory("passerelles-rome-it");
        engine = Passerelles.open(new DataPaths(TestCorpus.dir(), Optional.of(rome), indexDir));
        Passerelles opened = engine;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(opened, indexDir)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return engine;
  }

  private static void closeAndDelete(Passerelles opened, Path indexDir) {
    try {
      opened.close();
      try (Stream<Path> files = Files.walk(indexDir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (Exception e) {
      // the fork is ending: a temporary index left behind is no test failure
    }
  }
}
