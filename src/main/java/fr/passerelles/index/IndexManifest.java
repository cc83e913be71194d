package fr.passerelles.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What an index generation was built from. The service reopens an index only when its source
 * (corpus checksum, ROME release checksum, analysis chain and schema versions) is the current one.
 *
 * @param source identity of the inputs; compared as a whole
 * @param counts documents per index
 */
public record IndexManifest(Source source, Map<String, Integer> counts, long buildMillis, String builtAt) {
  static final String FILE = "manifest.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * @param schemaVersion bumped whenever fields or document shapes change
   * @param analysis identifies the analysis chain (its options and synonym file checksum)
   * @param romeRelease ROME release identity, or {@code none}
   */
  public record Source(int schemaVersion, String corpusChecksum, String romeRelease, String analysis) {}

  void write(Path dir) throws IOException {
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(), this);
  }

  static IndexManifest read(Path dir) throws IOException {
    return MAPPER.readValue(Files.readAllBytes(dir.resolve(FILE)), IndexManifest.class);
  }
}
