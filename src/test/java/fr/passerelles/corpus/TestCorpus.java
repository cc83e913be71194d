package fr.passerelles.corpus;

import java.nio.file.Path;

/** The project's corpus folder, as the build passes it (or the working directory's corpus/). */
public final class TestCorpus {
  private static Corpus corpus;

  private TestCorpus() {}

  public static Path dir() {
    return Path.of(System.getProperty("corpus.dir", "corpus"));
  }

  /** Loaded once per test JVM: the corpus is immutable. */
  public static synchronized Corpus load() {
    if (corpus == null) {
      corpus = CorpusLoader.load(dir());
    }
    return corpus;
  }
}
