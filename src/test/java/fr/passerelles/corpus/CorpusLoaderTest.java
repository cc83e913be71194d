package fr.passerelles.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad corpus input is reported with the file, the JSON path and the problem. */
class CorpusLoaderTest {
  @TempDir Path dir;

  @BeforeEach
  void copyRealCorpus() throws IOException {
    Path source = TestCorpus.dir();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String s = Files.readString(p, StandardCharsets.UTF_8);
    assertTrue(s.contains(from), file + " should contain " + from);
    Files.writeString(p, s.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
  }

  @Test
  void unknown_frequency_names_file_and_path() throws IOException {
    edit("sheets/0101.json", "\"frequency\": \"frequent\"", "\"frequency\": \"often\"");
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(dir));
    assertEquals("sheets/0101.json", e.problem().file());
    assertTrue(e.problem().field().matches("\\$\\.activities\\[\\d+]\\.frequency"), e.problem().field());
    assertTrue(e.getMessage().contains("often"), e.getMessage());
  }

  @Test
  void unknown_field_is_rejected_with_its_name() throws IOException {
    edit("sheets/0102.json", "\"mission\":", "\"misison\": \"x\", \"mission\":");
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(dir));
    assertEquals("sheets/0102.json", e.problem().file());
    assertTrue(e.problem().message().contains("unknown field 'misison'"), e.problem().message());
  }

  @Test
  void malformed_json_names_the_line() throws IOException {
    edit("nomenclature-2009.json", "\"metiers\"", "\"metiers\" ,");
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(dir));
    assertEquals("nomenclature-2009.json", e.problem().file());
    assertTrue(e.problem().message().contains("line"), e.problem().message());
  }

  @Test
  void wrong_type_is_reported_at_its_path() throws IOException {
    edit("nomenclature-2009.json", "\"headcount\": 91", "\"headcount\": \"quatre-vingt-onze\"");
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(dir));
    assertEquals("$.metiers[0].headcount", e.problem().field());
  }

  @Test
  void validator_reports_dangling_links_artefacts_and_renumbered_ids() throws IOException {
    edit("sheets/0101.json", "\"target\": \"0102\"", "\"target\": \"0999\"");
    edit("sheets/0103.json", "\"0103-A02\"", "\"0103-A99\"");
    edit("sheets/0105.json", "l'", "l\u2019");
    List<CorpusProblem> problems = CorpusValidator.validate(CorpusLoader.load(dir));
    List<String> shown = problems.stream().map(CorpusProblem::toString).toList();
    assertTrue(shown.stream().anyMatch(p -> p.startsWith("sheets/0101.json: $.evolutions[") && p.contains("unknown 2009 métier 0999")), shown.toString());
    assertTrue(shown.stream().anyMatch(p -> p.startsWith("sheets/0103.json: $.activities[1].id") && p.contains("must be 0103-A02")), shown.toString());
    assertTrue(shown.stream().anyMatch(p -> p.startsWith("sheets/0105.json") && p.contains("typographic apostrophe")), shown.toString());
  }

  @Test
  void rome_codes_absent_from_the_release_are_reported() {
    Corpus corpus = CorpusLoader.load(dir);
    List<CorpusProblem> problems = CorpusValidator.validate(corpus, code -> !code.equals("K1401"));
    boolean usesK1401 = corpus.nomenclature2009().metiers().stream().anyMatch(m -> m.romeCodes().contains("K1401"));
    assertEquals(usesK1401, problems.stream().anyMatch(p -> p.message().contains("K1401 is not in the given ROME release")));
  }

  @Test
  void missing_folder_is_a_clear_error() {
    CorpusException e = assertThrows(CorpusException.class, () -> CorpusLoader.load(dir.resolve("nope")));
    assertTrue(e.getMessage().contains("corpus folder not found"));
  }
}
