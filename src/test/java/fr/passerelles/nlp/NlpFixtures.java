package fr.passerelles.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Shared test inputs: the real models, loaded once per test JVM (about a second), and the texts of
 * {@code src/test/resources/nlp/}. The {@code seed*} files are verbatim extracts of the branch's
 * studies in {@code /work/shared/seeds/} (001: the 2009 job map, 004: the "Chargé d'assistance"
 * sheet), PDF copy artefacts included; the others are hand-written.
 */
final class NlpFixtures {

  private static NlpModels models;

  private NlpFixtures() {}

  static synchronized NlpModels models() {
    if (models == null) {
      models = NlpModels.fromClasspath();
    }
    return models;
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = NlpFixtures.class.getResourceAsStream("/nlp/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource nlp/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
