package fr.passerelles.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.rome.CompetenceTree.MacroPath;
import fr.passerelles.rome.RomeCompetence.Kind;
import fr.passerelles.rome.RomeSheet.Appellation;
import fr.passerelles.rome.RomeSheet.CompetenceLink;
import fr.passerelles.rome.RomeSheet.Core;
import fr.passerelles.rome.RomeSheet.Domain;
import fr.passerelles.rome.RomeSheet.MobilityLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written fixture (src/test/resources/rome-fixture): each export quirk is read as intended. */
class RomeFixtureTest {
  private final RomeRelease release = TestReleases.fixture();

  private RomeSheet sheet(String code) {
    return release.sheet(code).orElseThrow();
  }

  private static List<Integer> ogrs(List<CompetenceLink> links) {
    return links.stream().map(l -> l.competence().ogr()).toList();
  }

  @Test
  void finds_the_v461_files_by_pattern_and_reads_version_txt() {
    assertEquals(new RomeVersion("61", "26M03", "461", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 2, 12)),
        release.version());
    assertEquals("ROME 4.0 version 61 (26M03), files v461", release.version().describe());
  }

  @Test
  void counts_everything_in_the_summary() {
    RomeSummary s = release.summary();
    assertEquals(List.of(3, 5, 5, 4, 8, 1, 2, 2), List.of(s.sheets(), s.appellations(), s.competences(), s.macros(),
        s.savoirFaireItems(), s.savoirEtreItems(), s.savoirs(), s.workContexts()));
    assertEquals(List.of(6, 2, 4, 4, 4, 1, 4), List.of(s.savoirFaireLinks(), s.savoirEtreLinks(), s.savoirLinks(),
        s.workContextLinks(), s.coreLinks(), s.emergingLinks(), s.mobilityLinks()));
    assertEquals(List.of(2, 4, 4, 4), List.of(s.treeDomaines(), s.treeEnjeux(), s.treeObjectifs(), s.treeMacros()));
    assertEquals(19, s.counts().size());
    assertEquals("sheets", s.counts().firstEntry().getKey());
  }

  @Test
  void reads_sheet_titles_parents_and_ignores_an_unknown_extra_column() {
    assertEquals(List.of("D1408", "K2602", "M1401"), release.sheets().stream().map(RomeSheet::code).toList());
    assertEquals("Chargé / Chargée d'assistance", sheet("D1408").title());
    assertEquals(9003, sheet("M1401").ogr());
    assertEquals("D1408", sheet("M1401").parentCode());
  }

  @Test
  void reads_the_iso_8859_15_json_tree_with_its_oe() {
    MacroPath p = release.competenceTree().path(300001).orElseThrow();
    assertEquals("Mettre en œuvre la prise en charge d'un bénéficiaire", p.macro().label());
    assertEquals("1A101", p.macro().code());
    assertEquals(new CompetenceTree.Level("1", "Management, Social, Soin"), p.domaine());
    assertEquals(new CompetenceTree.Level("1A", "Assistance aux personnes"), p.enjeu());
    assertEquals("Mettre en œuvre un plan d'intervention", release.competence(110003).orElseThrow().label());
  }

  @Test
  void cleans_json_and_csv_labels_identically() {
    // the JSON has d''un, a double space and an escaped \n where the CSV has d'un, one space and a real line break
    assertEquals("Organiser le rapatriement d'un blessé", release.competence(110002).orElseThrow().label());
    assertEquals("Suivre un dossier jusqu'à sa clôture", release.competence(110004).orElseThrow().label());
    assertEquals("Informer le bénéficiaire de l'avancement du dossier",
        release.competence(110005).orElseThrow().label());
    CompetenceTree tree = release.competenceTree();
    assertEquals("Prendre en charge une demande", tree.path(300001).orElseThrow().objectif().label());
    assertEquals("Coordonner des interventions", tree.path(300002).orElseThrow().objectif().label());
    assertEquals("Communiquer à l'écrit", tree.path(300003).orElseThrow().objectif().label());
  }

  @Test
  void undoubles_apostrophes_and_orders_sentences_by_position() {
    assertEquals("Reçoit les appels des bénéficiaires d'un contrat d'assistance\n"
        + "Organise l'intervention (rapatriement, dépannage, ...) et en assure le suivi jusqu'à la clôture du dossier.",
        sheet("D1408").definition());
    assertEquals("Gère les dossiers d'assistance de l'ouverture à la clôture.", sheet("M1401").definition());
  }

  @Test
  void joins_a_multi_line_field_and_a_no_break_space_into_one_line() {
    assertEquals("Cet emploi est accessible avec un Bac+2 (BTS Tourisme, ...). Une langue étrangère : l'anglais, est exigée.",
        sheet("D1408").access());
  }

  @Test
  void removes_the_stray_u0092_and_restores_u009c_as_oe() {
    assertEquals("Assurance rapatriement à l'étranger", release.competence(120002).orElseThrow().label());
    assertEquals("Une habilitation est exigée pour les travaux de gros œuvre sur les caveaux.", sheet("K2602").access());
  }

  @Test
  void splits_competences_by_rubrique_with_their_core_flag() {
    RomeSheet d = sheet("D1408");
    assertEquals(List.of(110001, 110002, 300002), ogrs(d.savoirFaire()));
    assertEquals(List.of(Core.MAIN, Core.EMERGING, Core.NONE), d.savoirFaire().stream().map(CompetenceLink::core).toList());
    assertEquals(List.of(300100), ogrs(d.savoirEtre()));
    assertEquals(List.of(120001, 120002), ogrs(d.savoirs()));
    assertEquals(Core.MAIN, d.savoirs().get(1).core());
    assertEquals(List.of(126001, 126002), d.workContexts().stream().map(RomeWorkContext::ogr).toList());
    assertEquals(d.savoirEtre(), d.competences(Kind.SAVOIR_ETRE));
  }

  @Test
  void describes_competences_macros_and_savoirs() {
    assertEquals(new RomeCompetence(110002, "Organiser le rapatriement d'un blessé", Kind.SAVOIR_FAIRE, 300001, "1A101",
        "Technique expert", ""), release.competence(110002).orElseThrow());
    RomeCompetence macro = release.competence(300002).orElseThrow();
    assertTrue(macro.isMacro());
    assertEquals("1B101", macro.macroCode());
    RomeCompetence savoirEtre = release.competence(300100).orElseThrow();
    assertEquals(Kind.SAVOIR_ETRE, savoirEtre.kind());
    assertTrue(savoirEtre.isMacro());
    RomeCompetence savoir = release.competence(120001).orElseThrow();
    assertEquals(new RomeCompetence(120001, "Géographie", Kind.SAVOIR, 0, "", "Domaines d'expertise",
        "Sciences humaines"), savoir);
    assertFalse(savoir.isMacro());
    assertEquals(List.of(110003, 110004, 110005),
        release.competencesOf(300002).stream().map(RomeCompetence::ogr).toList());
    assertEquals(List.of(), release.competencesOf(300100));
  }

  @Test
  void reads_appellations_with_short_labels_and_flags() {
    assertEquals(List.of(
        new Appellation(9103, "Conseiller / Conseillère funéraire", "Conseiller / Conseillère funéraire", true, false),
        new Appellation(9104, "Assistant / Assistante funéraire de plateau d'assistance",
            "Assistant(e) funéraire de plateau", false, true)),
        sheet("K2602").appellations());
  }

  @Test
  void ranks_mobility_links_whatever_their_file_order() {
    assertEquals(List.of(new MobilityLink("K2602", 1), new MobilityLink("M1401", 2)), sheet("D1408").mobility());
  }

  @Test
  void reads_the_domain_under_the_misspelt_header() {
    assertEquals(new Domain("K", "Services à la personne et à la collectivité", "K26", "Services funéraires"),
        sheet("K2602").domain());
  }

  @Test
  void reads_the_domain_under_a_corrected_header(@TempDir Path dir) throws IOException {
    Path f = TestReleases.copyFixture(dir).resolve("unix_cr_gd_dp_v461_utf8.csv");
    Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("professionel", "professionnel"),
        StandardCharsets.UTF_8);
    assertEquals(sheet("K2602").domain(), RomeRelease.load(dir).sheet("K2602").orElseThrow().domain());
  }

  @Test
  void loads_the_same_tree_from_the_flat_csv_when_the_json_is_absent(@TempDir Path dir) throws IOException {
    Files.delete(TestReleases.copyFixture(dir).resolve("unix_arborescence_competence_v461.json"));
    CompetenceTree fromCsv = RomeRelease.load(dir).competenceTree();
    assertEquals(release.competenceTree().paths(), fromCsv.paths());
    assertEquals(release.competenceTree().domaines(), fromCsv.domaines());
  }

  @Test
  void loads_the_json_alone_when_the_flat_csv_is_absent(@TempDir Path dir) throws IOException {
    Files.delete(TestReleases.copyFixture(dir).resolve("arborescence_competences_flat_v461.csv"));
    assertEquals(release.competenceTree().paths(), RomeRelease.load(dir).competenceTree().paths());
  }

  @Test
  void reads_a_csv_named_utf8_that_is_iso_8859_15(@TempDir Path dir) throws IOException {
    // as unix_arborescence_secteur_naf_v460_utf8.csv is in the real release
    Path f = TestReleases.copyFixture(dir).resolve("unix_referentiel_code_rome_v461_utf8.csv");
    Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8), RomeFiles.ISO_8859_15);
    assertEquals("Conseiller / Conseillère funéraire", RomeRelease.load(dir).sheet("K2602").orElseThrow().title());
  }
}
