package fr.passerelles.match;

import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.NlpModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The evidence set's texts (ROME definitions as released, ads and CVs written for the set), read as the matcher reads them. */
final class EvidenceSetTexts {
  static final Path DIR = Path.of("src/test/resources/eval/evidence/texts");

  private EvidenceSetTexts() {}

  /** A matcher that only understands texts: zones, segments and phrases, no index. */
  static TextMatcher reader() {
    return new TextMatcher(new InputAnalyzer(NlpModels.fromClasspath()), null);
  }

  static String text(String name) {
    try {
      return Files.readString(DIR.resolve(name + ".txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
