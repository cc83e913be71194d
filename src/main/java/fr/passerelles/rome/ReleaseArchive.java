package fr.passerelles.rome;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A ROME release as one file: France Travail's {@code RefRomeCsv.zip} (or {@code RefRomeJson.zip},
 * for the competence tree), or the project's {@code .tar.xz} (data/rome). Only the release's own
 * files are taken, whatever folder they sit in inside the archive; documentation and the other
 * exports' files are skipped.
 *
 * <p>Integrity: a zip entry's CRC-32 and the xz stream's CRC-64 are checked while reading; then
 * the release's {@code SHA256SUMS}, when it has one ({@link ReleaseChecksums}).
 */
public final class ReleaseArchive {
  private static final Logger LOG = LoggerFactory.getLogger(ReleaseArchive.class);
  private static final Pattern RELEASE_FILE = Pattern.compile(
      "unix_[a-z0-9_]+_v\\d+_utf8\\.csv|unix_arborescence_competence_v\\d+\\.json"
          + "|arborescence_competences_flat_v\\d+\\.csv|version\\.txt|SOURCE\\.md|" + ReleaseChecksums.FILE);

  /** One file written: its name, how many files and bytes so far. */
  public record Unpacked(String name, int files, long bytes) {}

  private ReleaseArchive() {}

  /** A {@code .zip}, {@code .tar.xz} or {@code .txz} file. */
  public static boolean isArchive(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(p) && (name.endsWith(".zip") || name.endsWith(".tar.xz") || name.endsWith(".txz"));
  }

  /**
   * Copies the release files of {@code source} (an archive or a folder) into {@code target}.
   *
   * @return the number of files written
   * @throws RomeImportException when the archive is damaged or holds two files of the same name
   */
  public static int unpack(Path source, Path target, Consumer<Unpacked> progress) {
    try {
      Files.createDirectories(target);
      Writer writer = new Writer(source, target, progress);
      if (Files.isDirectory(source)) {
        try (Stream<Path> files = Files.list(source)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            try (InputStream in = Files.newInputStream(f)) {
              writer.write(f.getFileName().toString(), in);
            }
          }
        }
      } else if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(source)))) {
          for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
            if (!e.isDirectory()) {
              writer.write(e.getName(), zip);
            }
          }
        }
      } else if (isArchive(source)) {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
            new XZInputStream(new BufferedInputStream(Files.newInputStream(source))))) {
          for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
            if (e.isFile()) {
              writer.write(e.getName(), tar);
            }
          }
        }
      } else {
        throw RomeImportException.ofFile(source.toString(), "not a folder, .zip, .tar.xz or .txz", null);
      }
      return writer.files;
    } catch (IOException e) {
      throw RomeImportException.ofFile(source.getFileName().toString(), "damaged or unreadable archive: " + e.getMessage(), e);
    }
  }

  /**
   * Loads a release stored as an archive: unpacked into a temporary folder, its {@code SHA256SUMS}
   * verified, loaded, the folder deleted (the release lives in memory from then on).
   */
  static RomeRelease load(Path archive) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("passerelles-rome-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder to unpack " + archive, e);
    }
    try {
      int files = unpack(archive, tmp, u -> { });
      int checked = ReleaseChecksums.verify(tmp);
      LOG.info("Unpacked {}: {} files, {} checked against {}", archive, files, checked, ReleaseChecksums.FILE);
      return RomeRelease.loadFolder(tmp);
    } finally {
      deleteTree(tmp);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** Writes the release files met, by their bare name, refusing a name met twice. */
  private static final class Writer {
    private final Path source;
    private final Path target;
    private final Consumer<Unpacked> progress;
    private final Set<String> seen = new HashSet<>();
    private int files;
    private long bytes;

    Writer(Path source, Path target, Consumer<Unpacked> progress) {
      this.source = source;
      this.target = target;
      this.progress = progress;
    }

    void write(String entryName, InputStream in) throws IOException {
      String name = entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
      if (!RELEASE_FILE.matcher(name).matches()) {
        return;
      }
      if (!seen.add(name)) {
        throw RomeImportException.ofFile(name, "found twice in " + source + " (last at " + entryName + ")", null);
      }
      bytes += Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      files++;
      progress.accept(new Unpacked(name, files, bytes));
    }
  }
}
