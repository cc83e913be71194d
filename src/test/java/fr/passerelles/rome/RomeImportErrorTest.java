package fr.passerelles.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken copies of the fixture: each error names the file, where, the field and the problem. */
class RomeImportErrorTest {
  @TempDir Path dir;

  @BeforeEach
  void copyFixture() {
    TestReleases.copyFixture(dir);
  }

  private RomeImportException loadFails() {
    return assertThrows(RomeImportException.class, () -> RomeRelease.load(dir));
  }

  private void edit(String file, String from, String to) throws IOException {
    edit(file, from, to, StandardCharsets.UTF_8);
  }

  private void edit(String file, String from, String to, Charset charset) throws IOException {
    Path f = dir.resolve(file);
    String text = Files.readString(f, charset);
    assertTrue(text.contains(from), "fixture has changed: no " + from + " in " + file);
    Files.writeString(f, text.replace(from, to), charset);
  }

  @Test
  void missing_file_is_named() throws IOException {
    Files.delete(dir.resolve("unix_texte_v461_utf8.csv"));
    RomeImportException e = loadFails();
    assertEquals("unix_texte_v461_utf8.csv", e.file());
    assertTrue(e.getMessage().startsWith("unix_texte_v461_utf8.csv: missing file in "), e.getMessage());
  }

  @Test
  void file_left_from_another_release_is_pointed_out() throws IOException {
    Files.move(dir.resolve("unix_texte_v461_utf8.csv"), dir.resolve("unix_texte_v460_utf8.csv"));
    assertTrue(loadFails().getMessage().endsWith("(found unix_texte_v460_utf8.csv from another release)"));
  }

  @Test
  void folder_without_a_sheet_list_names_the_file_pattern() throws IOException {
    Files.delete(dir.resolve("unix_referentiel_code_rome_v461_utf8.csv"));
    assertEquals("unix_referentiel_code_rome_v*_utf8.csv", loadFails().file());
  }

  @Test
  void folder_with_two_releases_is_rejected() throws IOException {
    Files.copy(dir.resolve("unix_referentiel_code_rome_v461_utf8.csv"), dir.resolve("unix_referentiel_code_rome_v460_utf8.csv"));
    assertTrue(loadFails().getMessage().contains("several releases in one folder (v460, v461)"));
  }

  @Test
  void missing_tree_names_the_json_file() throws IOException {
    Files.delete(dir.resolve("unix_arborescence_competence_v461.json"));
    Files.delete(dir.resolve("arborescence_competences_flat_v461.csv"));
    assertEquals("unix_arborescence_competence_v461.json", loadFails().file());
  }

  @Test
  void missing_column_names_file_and_column() throws IOException {
    edit("unix_referentiel_code_rome_v461_utf8.csv", "\"libelle_rome\"", "\"intitule\"");
    RomeImportException e = loadFails();
    assertEquals("unix_referentiel_code_rome_v461_utf8.csv", e.file());
    assertEquals("libelle_rome", e.field());
    assertTrue(e.problem().startsWith("missing column"), e.problem());
  }

  @Test
  void malformed_code_names_file_record_line_and_field() throws IOException {
    edit("unix_referentiel_code_rome_v461_utf8.csv", "\"K2602\",\"9102\"", "\"K26O2\",\"9102\"");
    RomeImportException e = loadFails();
    assertEquals("unix_referentiel_code_rome_v461_utf8.csv: record 2 (line 3): field code_rome: "
        + "bad code format \"K26O2\", expected [A-N] and 4 digits", e.getMessage());
  }

  @Test
  void line_number_is_the_first_line_of_the_record_after_a_multi_line_field() throws IOException {
    // D1408's access text (record 3) spans lines 4 and 5, so K2602's definition starts on line 6
    edit("unix_texte_v461_utf8.csv", "\"K2602\",\"3\"", "\"Z2602\",\"3\"");
    RomeImportException e = loadFails();
    assertEquals("record 4 (line 6)", e.location());
    assertEquals("code_rome", e.field());
  }

  @Test
  void dangling_mobility_target_is_reported() throws IOException {
    edit("unix_rubrique_mobilite_v461_utf8.csv", "\"D1408\",\"M1401\"", "\"D1408\",\"M1499\"");
    assertEquals("unix_rubrique_mobilite_v461_utf8.csv: record 1 (line 2): field code_rome_cible: "
        + "dangling reference: M1499 is not a sheet", loadFails().getMessage());
  }

  @Test
  void link_to_an_item_of_the_wrong_rubrique_is_reported() throws IOException {
    edit("unix_liens_rome_referentiels_v461_utf8.csv", "\"K2602\",\"5\",\"2\",\"300100\"", "\"K2602\",\"5\",\"1\",\"300100\"");
    RomeImportException e = loadFails();
    assertEquals("unix_liens_rome_referentiels_v461_utf8.csv", e.file());
    assertEquals("dangling reference: 300100 is not a SAVOIR_FAIRE (it is a SAVOIR_ETRE)", e.problem());
  }

  @Test
  void competence_under_an_unknown_macro_is_reported() throws IOException {
    edit("unix_referentiel_competence_v461_utf8.csv", "\"Compétence\",\"Recueillir la demande d'assistance d'un bénéficiaire\",\"\",\"300001\"",
        "\"Compétence\",\"Recueillir la demande d'assistance d'un bénéficiaire\",\"\",\"399999\"");
    RomeImportException e = loadFails();
    assertEquals("code_ogr_macro_comp", e.field());
    assertEquals("record 1 (line 2)", e.location());
  }

  @Test
  void non_numeric_id_is_reported() throws IOException {
    edit("unix_referentiel_appellation_v461_utf8.csv", "\"9104\"", "\"91O4\"");
    RomeImportException e = loadFails();
    assertEquals("code_ogr", e.field());
    assertEquals("not a positive integer: \"91O4\"", e.problem());
  }

  @Test
  void record_with_too_few_fields_is_reported() throws IOException {
    edit("unix_rubrique_mobilite_v461_utf8.csv", "\"K2602\",\"D1408\",\"1\"", "\"K2602\",\"D1408\"");
    assertEquals("unix_rubrique_mobilite_v461_utf8.csv: record 3 (line 4): has 2 fields, the header has 3",
        loadFails().getMessage());
  }

  @Test
  void unterminated_quote_is_reported_with_its_line() throws IOException {
    edit("unix_rubrique_mobilite_v461_utf8.csv", "\"M1401\",\"D1408\",\"1\"", "\"M1401\",\"D1408\",\"1");
    RomeImportException e = loadFails();
    assertEquals("line 5", e.location());
    assertTrue(e.problem().startsWith("malformed CSV"), e.problem());
  }

  @Test
  void json_field_missing_names_its_json_path() throws IOException {
    edit("unix_arborescence_competence_v461.json", "\"code_fonctionnel_enjeu\": \"1B\",\n", "", RomeFiles.ISO_8859_15);
    RomeImportException e = loadFails();
    assertEquals("unix_arborescence_competence_v461.json: arborescence_competence.domaine_competence[0]"
        + ".liste_enjeux[1]: field code_fonctionnel_enjeu: missing", e.getMessage());
  }

  @Test
  void malformed_json_names_line_and_column() throws IOException {
    edit("unix_arborescence_competence_v461.json", "\"code_ogr_competence\": 110003,", "\"code_ogr_competence\" 110003,",
        RomeFiles.ISO_8859_15);
    RomeImportException e = loadFails();
    assertEquals("line 51 column 23", e.location());
    assertTrue(e.problem().startsWith("malformed JSON"), e.problem());
  }

  @Test
  void flat_csv_disagreeing_with_the_json_names_row_and_field() throws IOException {
    edit("arborescence_competences_flat_v461.csv", "\"Coordination\"", "\"Coordinations\"");
    assertEquals("arborescence_competences_flat_v461.csv: record 2 (line 4): field libelle_enjeu: "
        + "\"Coordinations\" differs from unix_arborescence_competence_v461.json (\"Coordination\")",
        loadFails().getMessage());
  }

  @Test
  void json_competence_under_another_macro_than_the_referential_is_reported() throws IOException {
    edit("unix_referentiel_competence_v461_utf8.csv", "\"Mettre en œuvre un plan d'intervention\",\"\",\"300002\"",
        "\"Mettre en œuvre un plan d'intervention\",\"\",\"300001\"");
    RomeImportException e = loadFails();
    assertEquals("unix_arborescence_competence_v461.json", e.file());
    assertEquals("code_ogr_competence", e.field());
    assertEquals("110003 is under macro 300002 but under 300001 in unix_referentiel_competence_v461_utf8.csv",
        e.problem());
  }

  @Test
  void coherence_pair_without_a_link_is_reported() throws IOException {
    edit("unix_coherence_item_v461_utf8.csv", "\"M1401\",\"126002\",\"\"", "\"M1401\",\"126001\",\"\"");
    RomeImportException e = loadFails();
    assertEquals("unix_coherence_item_v461_utf8.csv", e.file());
    assertEquals("record 16 (line 17)", e.location());
  }

  @Test
  void unknown_coeur_metier_value_is_reported() throws IOException {
    edit("unix_coherence_item_v461_utf8.csv", "\"Émergente\"", "\"Secondaire\"");
    assertEquals("coeur_metier", loadFails().field());
  }

  @Test
  void version_txt_without_a_version_number_is_reported() throws IOException {
    edit("version.txt", "Numero de version : 61", "Version 61");
    RomeImportException e = loadFails();
    assertEquals("version.txt", e.file());
    assertEquals("Numero de version", e.field());
  }

  @Test
  void missing_folder_is_reported() {
    RomeImportException e = assertThrows(RomeImportException.class, () -> RomeRelease.load(dir.resolve("nowhere")));
    assertEquals("ROME release folder not found", e.problem());
  }
}
