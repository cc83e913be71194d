package fr.passerelles.mobility;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.nlp.NlpModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real engine for mobility tests: the project's corpus, the ROME release named by {@code
 * rome.dir} when that folder exists (the pom sets it), an index built in a temporary folder. Built
 * once per test JVM (10–20 s with ROME) and shared: it is immutable.
 */
public final class TestEngine {
  private static Passerelles engine;

  private TestEngine() {}

  public static Path corpusDir() {
    return Path.of(System.getProperty("corpus.dir", "corpus"));
  }

  /** The ROME release folder, when present. */
  public static Optional<Path> romeDir() {
    Path p = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  public static boolean withRome() {
    return romeDir().isPresent();
  }

  public static synchronized Passerelles get() {
    if (engine == null) {
      try {
        Path index = Files.createTempDirectory("passerelles-mobility-index");
        engine = Passerelles.open(new DataPaths(corpusDir(), romeDir(), index),
            AnalysisChain.defaultFor(corpusDir()), NlpModels.fromClasspath());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(index)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return engine;
  }

  public static Mobility mobility() {
    return get().mobility();
  }

  private static void close(Path index) {
    try {
      engine.close();
      try (Stream<Path> files = Files.walk(index)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // best effort at exit: a temp folder left behind is harmless
    }
  }
}
