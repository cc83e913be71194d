package fr.passerelles.rome;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and decodes the files of one ROME release folder.
 *
 * <p>The version suffix ({@code 460} in {@code unix_texte_v460_utf8.csv}) is never hard-coded: it
 * is read from the one {@code unix_referentiel_code_rome_v*_utf8.csv} in the folder, and every
 * other file is then expected with the same suffix, so that a v461 folder loads unchanged.
 */
final class RomeFiles {
  private static final Logger LOG = LoggerFactory.getLogger(RomeFiles.class);
  static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");
  private static final String ANCHOR = "referentiel_code_rome";
  private static final Pattern ANCHOR_NAME = Pattern.compile("unix_" + ANCHOR + "_v(\\d+)_utf8\\.csv");

  private final Path dir;
  private final String suffix;

  private RomeFiles(Path dir, String suffix) {
    this.dir = dir;
    this.suffix = suffix;
  }

  static RomeFiles in(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw RomeImportException.ofFile(dir.toString(), "ROME release folder not found", null);
    }
    TreeSet<String> suffixes = new TreeSet<>();
    for (String name : names(dir)) {
      Matcher m = ANCHOR_NAME.matcher(name);
      if (m.matches()) {
        suffixes.add(m.group(1));
      }
    }
    String pattern = "unix_" + ANCHOR + "_v*_utf8.csv";
    if (suffixes.isEmpty()) {
      throw RomeImportException.ofFile(pattern, "missing file in " + dir, null);
    }
    if (suffixes.size() > 1) {
      throw RomeImportException.ofFile(
          pattern, "several releases in one folder (v" + String.join(", v", suffixes) + ") in " + dir, null);
    }
    return new RomeFiles(dir, suffixes.first());
  }

  /** The release suffix of the file names, e.g. {@code "460"}. */
  String suffix() {
    return suffix;
  }

  Path dir() {
    return dir;
  }

  /** {@code unix_<name>_v<suffix>_utf8.csv}, which must exist. */
  Path csv(String name) {
    return required("unix_" + name + "_v" + suffix + "_utf8.csv");
  }

  /** A file with this exact name, which must exist. */
  Path required(String fileName) {
    return optional(fileName).orElseThrow(() -> RomeImportException.ofFile(fileName, missingProblem(fileName), null));
  }

  Optional<Path> optional(String fileName) {
    Path p = dir.resolve(fileName);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** Says when the file exists for another release only: a half-updated folder is a common mistake. */
  private String missingProblem(String fileName) {
    String anyVersion = Pattern.quote(fileName).replace("_v" + suffix, "\\E_v\\d+\\Q");
    List<String> others = names(dir).stream().filter(n -> n.matches(anyVersion)).toList();
    return others.isEmpty()
        ? "missing file in " + dir
        : "missing file in " + dir + " (found " + String.join(", ", others) + " from another release)";
  }

  private static List<String> names(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw RomeImportException.ofFile(dir.toString(), "cannot list folder: " + e.getMessage(), e);
    }
  }

  /**
   * The file's text. UTF-8 when the bytes are valid UTF-8, ISO-8859-15 otherwise: France Travail
   * names files {@code _utf8} that are not (the NAF sector tree in v460), and ships the JSON tree in
   * ISO-8859-15. French text in ISO-8859-15 is never valid UTF-8, so the test is safe. A leading
   * byte-order mark is dropped.
   */
  static String read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw RomeImportException.ofFile(file.getFileName().toString(), "cannot read: " + e.getMessage(), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      text = new String(bytes, ISO_8859_15);
      if (file.getFileName().toString().contains("utf8")) {
        LOG.warn("{} is not valid UTF-8 despite its name; read as ISO-8859-15", file.getFileName());
      }
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
