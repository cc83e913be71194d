package fr.passerelles.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.rome.CompetenceTree.Level;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import fr.passerelles.rome.RomeCompetence.Kind;
import fr.passerelles.rome.RomeSheet.CompetenceLink;
import fr.passerelles.rome.RomeSheet.Core;
import fr.passerelles.rome.RomeSheet.Domain;
import fr.passerelles.rome.RomeSheet.MobilityLink;
import java.time.LocalDate;
import java.util.IntSummaryStatistics;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facts of the real v460 release ({@code -Drome.dir}, ../shared/data/rome by default), checked
 * against the files with an independent reader; skipped when the folder is absent.
 */
class RomeReleaseTest {
  private static RomeRelease release;

  @BeforeAll
  static void load() {
    assumeTrue(TestReleases.realDir().isPresent(), "no ROME release at -Drome.dir; fixture tests still run");
    release = TestReleases.real().orElseThrow();
    assumeTrue(release.version().fileSuffix().equals("460"), "these figures are those of v460");
  }

  private static RomeSheet sheet(String code) {
    return release.sheet(code).orElseThrow();
  }

  @Test
  void reads_version_60_of_september_2025() {
    assertEquals(new RomeVersion("60", "25M09", "460", LocalDate.of(2025, 9, 18), LocalDate.of(2025, 8, 27)),
        release.version());
  }

  @Test
  void counts_sheets_appellations_competences_and_links() {
    RomeSummary s = release.summary();
    assertEquals(1584, s.sheets());
    assertEquals(13_120, s.appellations());
    assertEquals(17_810, s.competences());
    assertEquals(507, s.macros());
    assertEquals(18_301, s.savoirFaireItems());
    assertEquals(16, s.savoirEtreItems());
    assertEquals(15_354, s.savoirs());
    assertEquals(179, s.workContexts());
    assertEquals(49_440, s.savoirFaireLinks());
    assertEquals(5_255, s.savoirEtreLinks());
    assertEquals(35_861, s.savoirLinks());
    assertEquals(13_663, s.workContextLinks());
    assertEquals(18_900, s.coreLinks());
    assertEquals(1_731, s.emergingLinks());
    assertEquals(14_912, s.mobilityLinks());
  }

  @Test
  void builds_the_tree_of_6_domaines_32_enjeux_84_objectifs_507_macros() {
    CompetenceTree tree = release.competenceTree();
    assertEquals(List.of(6, 32, 84, 507),
        List.of(tree.domaines().size(), tree.enjeuCount(), tree.objectifCount(), tree.macroCount()));
    assertEquals(List.of(92, 72, 155, 71, 53, 64), tree.domaines().stream()
        .map(d -> d.enjeux().stream().flatMap(e -> e.objectifs().stream()).mapToInt(o -> o.macros().size()).sum())
        .toList());
    assertEquals(List.of(2585, 2339, 6384, 2384, 2331, 1787), tree.domaines().stream()
        .map(d -> tree.paths().stream().filter(p -> p.domaine().code().equals(d.code()))
            .mapToInt(p -> release.competencesOf(p.macro().ogr()).size()).sum())
        .toList());
  }

  @Test
  void every_competence_sits_under_one_of_the_507_macros() {
    List<RomeCompetence> competences = release.competences().values().stream()
        .filter(c -> c.kind() != Kind.SAVOIR && !c.isMacro()).toList();
    assertEquals(17_810, competences.size());
    assertTrue(competences.stream().allMatch(c -> release.competenceTree().path(c.macroOgr()).isPresent()));
    assertEquals(20, release.competenceTree().paths().stream()
        .filter(p -> release.competencesOf(p.macro().ogr()).isEmpty()).count());
  }

  @Test
  void gives_the_exact_titles_of_known_codes() {
    assertEquals("Cadre Dirigeant / Dirigeante d'administration centrale", sheet("K1401").title());
    assertEquals("Data engineer", sheet("M1811").title());
    assertEquals("Ingénieur / Ingénieure DevOps", sheet("M1827").title());
    assertEquals("Conseiller / Conseillère clientèle à distance", sheet("D1408").title());
    assertEquals("Conseiller / Conseillère funéraire", sheet("K2602").title());
  }

  @Test
  void ranks_the_mobility_links_of_K1401() {
    assertEquals(List.of(new MobilityLink("K1404", 1), new MobilityLink("K1405", 2), new MobilityLink("M1402", 3),
        new MobilityLink("M1403", 4), new MobilityLink("M1301", 5), new MobilityLink("M1302", 6),
        new MobilityLink("M1503", 7)), sheet("K1401").mobility());
    IntSummaryStatistics perSheet = release.sheets().stream().mapToInt(s -> s.mobility().size()).summaryStatistics();
    assertEquals(List.of(6, 21), List.of(perSheet.getMin(), perSheet.getMax()));
  }

  @Test
  void resolves_a_competence_to_its_label_and_tree_path() {
    assertEquals(new RomeCompetence(100023, "Abattre un arbre", Kind.SAVOIR_FAIRE, 300230, "3B216", "Technique", ""),
        release.competence(100023).orElseThrow());
    MacroPath p = release.competenceTree().path(300230).orElseThrow();
    assertEquals("Découper, tailler des matières premières", p.macro().label());
    assertEquals(new Level("3B2", "Manipuler des produits, matières premières"), p.objectif());
    assertEquals(new Level("3B", "Production, Fabrication"), p.enjeu());
    assertEquals(new Level("3", "Production, Construction, Qualité, Logistique"), p.domaine());
  }

  @Test
  void splits_the_competences_of_K1401_by_kind_with_core_flags() {
    RomeSheet k = sheet("K1401");
    assertEquals(List.of(37, 3, 17, 2),
        List.of(k.savoirFaire().size(), k.savoirEtre().size(), k.savoirs().size(), k.workContexts().size()));
    CompetenceLink first = k.savoirFaire().get(0);
    assertEquals("Décliner les programmes d'action aux niveaux régionaux, départementaux ou auprès d'établissements publics",
        first.competence().label());
    assertEquals(Core.MAIN, first.core());
    assertEquals("Avoir l'esprit d'équipe", k.savoirEtre().get(0).competence().label());
    assertEquals("Travail les week-ends et jours fériés", k.workContexts().get(0).label());
    IntSummaryStatistics competencesPerSheet = release.sheets().stream()
        .mapToInt(s -> s.savoirFaire().size() + s.savoirEtre().size()).summaryStatistics();
    assertEquals(List.of(10, 84), List.of(competencesPerSheet.getMin(), competencesPerSheet.getMax()));
  }

  @Test
  void undoubles_apostrophes_and_keeps_sentences_in_position_order() {
    assertEquals("Participe à la définition et à la conception des politiques des pouvoirs publics et coordonne les "
        + "actions de l'Etat dans les services déconcentrés (en région, dans les départements).\n"
        + "Peut contrôler et évaluer la mise en oeuvre des politiques des pouvoirs publics.", sheet("K1401").definition());
    assertTrue(sheet("K1401").access().startsWith("Ce métier est accessible sur concours de la fonction publique d'Etat"));
  }

  @Test
  void repairs_the_stray_control_characters() {
    assertEquals("Chargé de mission de développement local en France et à l'étranger",
        release.competence(404707).orElseThrow().label());
    assertTrue(sheet("F1703").access().startsWith(
        "Ce métier est accessible avec un CAP/BEP en construction bâtiment gros œuvre ou en aménagement paysager."));
  }

  @Test
  void repairs_the_question_mark_and_trailing_space_of_tree_labels() {
    assertEquals("Communiquer à l'écrit", release.competenceTree().path(300405).orElseThrow().objectif().label());
    assertEquals("Analyser et structurer des données, informations",
        release.competenceTree().path(300457).orElseThrow().objectif().label());
  }

  @Test
  void places_K1401_in_its_domaine_professionnel() {
    assertEquals(new Domain("K", "Services à la personne et à la collectivité", "K14",
        "Conception et mise en oeuvre des politiques publiques"), sheet("K1401").domain());
    assertEquals(110, release.sheets().stream().map(s -> s.domain().domaineCode()).distinct().count());
    assertEquals(14, release.sheets().stream().map(s -> s.domain().grandDomaineCode()).distinct().count());
  }

  @Test
  void has_one_principal_appellation_per_sheet() {
    assertTrue(release.sheets().stream().allMatch(s -> s.appellations().stream().filter(a -> a.principal()).count() == 1));
    assertEquals(199, release.sheets().stream().flatMap(s -> s.appellations().stream()).filter(a -> a.rarelyUsed()).count());
    assertEquals("Directeur(trice) départemental(e) services déconcentrés Etat", sheet("K1401").appellations().stream()
        .filter(a -> a.ogr() == 14355).findFirst().orElseThrow().shortLabel());
  }
}
