package fr.passerelles.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the corpus folder into a {@link Corpus}. Binding is strict (unknown fields, wrong types and
 * unknown enum values fail) so a typo in a reviewed file is caught here, with file and JSON path.
 * Cross-file rules (links, ids, text quality) are {@link CorpusValidator}'s job.
 */
public final class CorpusLoader {
  static final String NOMENCLATURE_2009 = "nomenclature-2009.json";
  static final String NOMENCLATURE_2024 = "nomenclature-2024.json";
  static final String MOBILITY = "mobility.json";
  static final String ROME_LINKS = "rome-links.json";
  static final String SHEETS = "sheets";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private CorpusLoader() {}

  /** Loads the corpus from {@code dir}; throws {@link CorpusException} on the first bad file. */
  public static Corpus load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CorpusException(
          new CorpusProblem(dir.toString(), "$", "corpus folder not found"), null);
    }
    MessageDigest digest = sha256();
    Nomenclature2009 n2009 = read(dir, NOMENCLATURE_2009, Nomenclature2009.class, digest);
    Nomenclature2024 n2024 = read(dir, NOMENCLATURE_2024, Nomenclature2024.class, digest);
    MobilityReferential mobility = read(dir, MOBILITY, MobilityReferential.class, digest);
    RomeLinks romeLinks = read(dir, ROME_LINKS, RomeLinks.class, digest);
    List<Sheet> sheets = new ArrayList<>();
    for (String name : sheetFiles(dir)) {
      sheets.add(read(dir, SHEETS + "/" + name, Sheet.class, digest));
    }
    digestFile(dir, "synonyms.txt", digest);
    return new Corpus(n2009, n2024, mobility, romeLinks, sheets, HexFormat.of().formatHex(digest.digest()));
  }

  /** Sheet file names, sorted so the checksum does not depend on directory order. */
  static List<String> sheetFiles(Path dir) {
    Path sheets = dir.resolve(SHEETS);
    if (!Files.isDirectory(sheets)) {
      throw new CorpusException(new CorpusProblem(SHEETS, "$", "sheets folder not found"), null);
    }
    try (Stream<Path> files = Files.list(sheets)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new CorpusException(new CorpusProblem(SHEETS, "$", "cannot list: " + e), e);
    }
  }

  private static <T> T read(Path dir, String file, Class<T> type, MessageDigest digest) {
    Path path = dir.resolve(file);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new CorpusException(new CorpusProblem(file, "$", "cannot read file: " + e), e);
    }
    digest.update(file.getBytes(StandardCharsets.UTF_8));
    digest.update(bytes);
    try {
      T value = MAPPER.readValue(bytes, type);
      if (value == null) {
        throw new CorpusException(new CorpusProblem(file, "$", "empty document"), null);
      }
      return value;
    } catch (JsonMappingException e) {
      throw new CorpusException(new CorpusProblem(file, jsonPath(e), describe(e)), e);
    } catch (JsonProcessingException e) {
      throw new CorpusException(new CorpusProblem(file, "$", "malformed JSON: " + e.getOriginalMessage()
          + location(e)), e);
    } catch (IOException e) {
      throw new CorpusException(new CorpusProblem(file, "$", "cannot parse: " + e), e);
    }
  }

  private static void digestFile(Path dir, String file, MessageDigest digest) {
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      return;
    }
    try {
      digest.update(file.getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new CorpusException(new CorpusProblem(file, "$", "cannot read file: " + e), e);
    }
  }

  /** {@code $.activities[3].frequency} from Jackson's reference chain. */
  static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describe(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "'" + location(e);
    }
    String message = e.getOriginalMessage();
    // Jackson's enum message lists accepted values; keep its first sentence only
    int cut = message.indexOf("\n");
    return (cut > 0 ? message.substring(0, cut) : message) + location(e);
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
