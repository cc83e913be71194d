package fr.passerelles.rome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code SHA256SUMS} file of a release folder ({@code sha256sum} format: {@code <hex>  <name>}
 * per line). France Travail publishes none; the project's copy of v460 and every release that
 * {@code rome install} installed carry one, so a folder damaged after the fact is caught.
 */
public final class ReleaseChecksums {
  public static final String FILE = "SHA256SUMS";
  private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

  private ReleaseChecksums() {}

  /**
   * Checks every file {@code SHA256SUMS} lists, if the folder has one.
   *
   * @return the number of files checked (0 when there is no {@code SHA256SUMS})
   * @throws RomeImportException naming the first file that is missing or differs
   */
  public static int verify(Path dir) {
    Path sums = dir.resolve(FILE);
    if (!Files.isRegularFile(sums)) {
      return 0;
    }
    Map<String, String> expected = read(sums);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Path file = dir.resolve(e.getKey());
      if (!Files.isRegularFile(file)) {
        throw RomeImportException.ofFile(e.getKey(), "listed in " + FILE + " but missing", null);
      }
      String actual = sha256(file);
      if (!actual.equalsIgnoreCase(e.getValue())) {
        throw RomeImportException.ofFile(e.getKey(), "checksum mismatch: " + FILE + " says " + e.getValue()
            + ", the file has " + actual, null);
      }
    }
    return expected.size();
  }

  /** Writes {@code SHA256SUMS} for every regular file of the folder but itself, in name order. */
  public static void write(Path dir) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.equals(FILE)) {
          out.append(sha256(f)).append("  ").append(name).append('\n');
        }
      }
    }
    Files.writeString(dir.resolve(FILE), out, StandardCharsets.UTF_8);
  }

  private static Map<String, String> read(Path sums) {
    Map<String, String> byName = new TreeMap<>();
    List<String> lines = RomeFiles.read(sums).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches() || m.group(2).contains("/") || m.group(2).contains("\\")) {
        throw new RomeImportException(FILE, "line " + (i + 1), "", "expected '<sha256>  <file name>', got \"" + line + "\"");
      }
      byName.put(m.group(2), m.group(1));
    }
    return byName;
  }

  /** The lower-case hex SHA-256 of a file. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw RomeImportException.ofFile(file.getFileName().toString(), "cannot read: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
