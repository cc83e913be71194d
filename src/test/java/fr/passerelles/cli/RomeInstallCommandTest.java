package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.config.DataPaths;
import fr.passerelles.config.UserData;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.IndexStore;
import fr.passerelles.rome.ReleaseChecksums;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rome install} with a release in France Travail's zip layout: the test fixture (version 61,
 * three sheets), zipped the way RefRomeCsv.zip is, installed over the embedded v60.
 */
class RomeInstallCommandTest {

  private record Run(int exit, String out) {}

  private static Run install(Path data, Path index, Optional<Path> inUse, String... argv) throws IOException {
    StringWriter out = new StringWriter();
    List<String> all = Stream.concat(Stream.of("rome", "install"), Stream.of(argv)).toList();
    int exit = RomeInstallCommand.run(Args.parse(all), new DataPaths(TestCorpus.dir(), inUse, index),
        Map.of(UserData.ENV_DATA, data.toString()), new PrintWriter(out, true));
    return new Run(exit, out.toString());
  }

  @Test
  void installs_a_newer_release_verifies_it_makes_it_current_and_rebuilds_the_index_once(@TempDir Path tmp) throws Exception {
    Path zip = fixtureZip(tmp.resolve("RefRomeCsv.zip"));
    Path data = tmp.resolve("data");
    Path index = tmp.resolve("index");

    Run run = install(data, index, Optional.of(DataPaths.DEFAULT_ROME), zip.toString(),
        "--sha256", ReleaseChecksums.sha256(zip));

    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().contains("sha256: " + ReleaseChecksums.sha256(zip) + " as expected"), run.out());
    assertTrue(run.out().matches("(?s).*\\n +1 files +\\d+\\.\\d MB  .*\\n +14 files .*"), "one progress line per file\n" + run.out());
    assertTrue(run.out().contains("release: ROME 4.0 version 61 (26M03), files v461, 3 sheets"), run.out());
    Path installed = data.resolve("rome").resolve("v61");
    assertEquals(Optional.of(installed), DataPaths.resolve(Map.of(), Map.of(UserData.ENV_DATA, data.toString())).romeDir());
    assertEquals(14, ReleaseChecksums.verify(installed), "SHA256SUMS written for every installed file");
    assertTrue(run.out().contains("index: ready in"), run.out());
    Path generation = new IndexStore(index).current().orElseThrow();
    assertTrue(Files.readString(generation.resolve("manifest.json")).contains("ROME 4.0 version 61"));
    try (Stream<Path> gens = Files.list(index)) {
      assertEquals(1, gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count(), "built once");
    }
    try (Stream<Path> left = Files.list(data.resolve("rome"))) {
      assertEquals(List.of("CURRENT", "v61"), left.map(p -> p.getFileName().toString()).sorted().toList(), "no staging left");
    }
  }

  @Test
  void refuses_the_release_in_use_and_an_older_one_unless_forced(@TempDir Path tmp) throws Exception {
    Path zip = fixtureZip(tmp.resolve("RefRomeCsv.zip"));
    Path data = tmp.resolve("data");
    assertEquals(0, install(data, tmp.resolve("index"), Optional.empty(), zip.toString(), "--no-index").exit());
    Optional<Path> inUse = DataPaths.resolve(Map.of(), Map.of(UserData.ENV_DATA, data.toString())).romeDir();

    var same = assertThrows(IllegalArgumentException.class,
        () -> install(data, tmp.resolve("index"), inUse, zip.toString(), "--no-index"));
    assertTrue(same.getMessage().contains("version 61 is the release in use"), same.getMessage());
    var older = assertThrows(IllegalArgumentException.class,
        () -> install(data, tmp.resolve("index"), inUse, DataPaths.DEFAULT_ROME.toString(), "--no-index"));
    assertTrue(older.getMessage().contains("version 60 is older than the release in use (61)"), older.getMessage());
    assertEquals(0, install(data, tmp.resolve("index"), inUse, zip.toString(), "--no-index", "--force").exit());
  }

  @Test
  void a_wrong_archive_checksum_installs_nothing(@TempDir Path tmp) throws Exception {
    Path zip = fixtureZip(tmp.resolve("RefRomeCsv.zip"));
    Path data = tmp.resolve("data");
    var e = assertThrows(IllegalArgumentException.class, () -> install(data, tmp.resolve("index"), Optional.empty(),
        zip.toString(), "--sha256", "0".repeat(64)));
    assertTrue(e.getMessage().contains("expected " + "0".repeat(64)), e.getMessage());
    assertFalse(Files.exists(data.resolve("rome").resolve("v61")));
    assertFalse(Files.exists(tmp.resolve("index")));
  }

  @Test
  void installs_into_a_given_folder_without_changing_the_default(@TempDir Path tmp) throws Exception {
    Path zip = fixtureZip(tmp.resolve("RefRomeCsv.zip"));
    Path data = tmp.resolve("data");
    Path to = tmp.resolve("releases").resolve("rome-v461");
    Run run = install(data, tmp.resolve("index"), Optional.empty(), zip.toString(), "--to", to.toString(), "--no-index");
    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().contains("use --rome " + to), run.out());
    assertTrue(Files.isRegularFile(to.resolve("unix_referentiel_code_rome_v461_utf8.csv")));
    assertEquals(Optional.empty(), new UserData(data).installedRome());
  }

  /** The fixture's files in a zip with a folder inside, as France Travail ships RefRomeCsv.zip. */
  private static Path fixtureZip(Path zip) throws IOException, URISyntaxException {
    Path stored = Path.of(RomeInstallCommandTest.class.getResource("/rome-fixture/version.txt").toURI()).getParent();
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(stored)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith(".") || name.equals("README.md")) {
          continue;
        }
        out.putNextEntry(new ZipEntry("RefRomeCsv/" + name.replace(".fixture", "")));
        out.write(Files.readAllBytes(f));
      }
    }
    return zip;
  }
}
