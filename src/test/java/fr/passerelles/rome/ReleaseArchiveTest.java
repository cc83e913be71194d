package fr.passerelles.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.config.DataPaths;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release the project carries, {@code data/rome/rome-4.0-v460.tar.xz}, and releases read from
 * archives: what loads, and what is refused.
 */
class ReleaseArchiveTest {
  private static final Path EMBEDDED = DataPaths.DEFAULT_ROME;
  private static RomeRelease embedded;

  @BeforeAll
  static void load() {
    embedded = RomeRelease.load(EMBEDDED);
  }

  @Test
  void the_embedded_archive_is_the_v460_release_with_its_full_counts() {
    assertEquals(new RomeVersion("60", "25M09", "460", LocalDate.of(2025, 9, 18), LocalDate.of(2025, 8, 27)),
        embedded.version());
    RomeSummary s = embedded.summary();
    assertEquals(1584, s.sheets());
    assertEquals(13_120, s.appellations());
    assertEquals(17_810, s.competences());
    assertEquals(507, s.macros());
    assertEquals(15_354, s.savoirs());
    assertEquals(179, s.workContexts());
    assertEquals(49_440, s.savoirFaireLinks());
    assertEquals(14_912, s.mobilityLinks());
    assertEquals(84, s.treeObjectifs());
  }

  @Test
  void the_embedded_archive_loads_exactly_what_the_release_folder_loads() {
    // the workplace's folder copy, when it sits beside the clone; the archive is made from it
    TestReleases.real().ifPresent(folder -> {
      assertEquals(folder.summary(), embedded.summary());
      assertEquals(folder.sheets(), embedded.sheets());
      assertEquals(folder.competences(), embedded.competences());
      assertEquals(folder.competenceTree().paths(), embedded.competenceTree().paths());
    });
    assertEquals(1584, embedded.sheets().size());
  }

  @Test
  void the_embedded_archive_carries_its_attribution_and_checksums_and_matches_its_committed_sha256(@TempDir Path tmp)
      throws IOException {
    int files = ReleaseArchive.unpack(EMBEDDED, tmp, u -> { });
    assertEquals(33, files, "30 data files, version.txt, SOURCE.md, SHA256SUMS");
    assertTrue(Files.readString(tmp.resolve("SOURCE.md")).contains("Licence Ouverte / Open Licence 2.0 (Etalab)"));
    assertEquals(31, ReleaseChecksums.verify(tmp), "every data file and version.txt");
    String committed = Files.readString(Path.of(EMBEDDED + ".sha256"), StandardCharsets.US_ASCII).split("\\s+")[0];
    assertEquals(committed, ReleaseChecksums.sha256(EMBEDDED));
  }

  @Test
  void a_zip_with_a_folder_inside_and_other_files_loads_like_the_folder(@TempDir Path tmp) throws IOException {
    Path zip = zip(TestReleases.fixtureDir(), tmp.resolve("RefRomeCsv.zip"), "RefRomeCsv/");
    RomeRelease fromZip = RomeRelease.load(zip);
    assertEquals(TestReleases.fixture().summary(), fromZip.summary());
    assertEquals(TestReleases.fixture().sheets(), fromZip.sheets());
  }

  @Test
  void a_file_that_differs_from_its_sha256sums_line_is_refused(@TempDir Path tmp) throws IOException {
    Path release = Files.createDirectory(tmp.resolve("release"));
    ReleaseArchive.unpack(EMBEDDED, release, u -> { });
    Path version = release.resolve("version.txt");
    Files.writeString(version, Files.readString(version, StandardCharsets.UTF_8).replace("60", "61"), StandardCharsets.UTF_8);
    RomeImportException e = assertThrows(RomeImportException.class,
        () -> RomeRelease.load(zip(release, tmp.resolve("tampered.zip"), "")));
    assertEquals("version.txt", e.file());
    assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
  }

  @Test
  void a_damaged_zip_is_refused_with_the_archive_named(@TempDir Path tmp) throws IOException {
    Path zip = zip(TestReleases.fixtureDir(), tmp.resolve("RefRomeCsv.zip"), "");
    byte[] bytes = Files.readAllBytes(zip);
    bytes[bytes.length / 2] ^= 0x5A; // inside the compressed data of an entry
    Files.write(zip, bytes);
    RomeImportException e = assertThrows(RomeImportException.class, () -> RomeRelease.load(zip));
    assertEquals("RefRomeCsv.zip", e.file());
    assertTrue(e.getMessage().contains("damaged or unreadable archive"), e.getMessage());
  }

  @Test
  void two_files_of_the_same_name_in_one_archive_are_refused(@TempDir Path tmp) throws IOException {
    Path zip = tmp.resolve("twice.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String name : List.of("a/version.txt", "b/version.txt")) {
        out.putNextEntry(new ZipEntry(name));
        out.write("Numero de version : 61\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    RomeImportException e = assertThrows(RomeImportException.class, () -> RomeRelease.load(zip));
    assertTrue(e.getMessage().contains("found twice"), e.getMessage());
  }

  /** Zips every file of {@code dir} under {@code prefix}, plus a file that is no part of a release. */
  static Path zip(Path dir, Path zip, String prefix) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry(prefix + "Notice RefRomeCsv.txt"));
      out.write("notice".getBytes(StandardCharsets.UTF_8));
      for (Path f : files) {
        out.putNextEntry(new ZipEntry(prefix + f.getFileName()));
        try (OutputStream entry = new NoClose(out)) {
          Files.copy(f, entry);
        }
      }
    }
    return zip;
  }

  private static final class NoClose extends java.io.FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
