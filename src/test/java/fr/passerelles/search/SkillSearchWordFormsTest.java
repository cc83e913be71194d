package fr.passerelles.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchableItem;
import fr.passerelles.index.SearchableSheet;
import fr.passerelles.index.SheetType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word forms the query and the items write differently (issue 15, round 4): agent and action
 * nouns of one verb, an -iste noun and its base, prefixed compounds. Items are the referential's
 * own wording (branch 0107, 0101, 0104-01; ROME I1615, D1408, M1607).
 */
class SkillSearchWordFormsTest {
  @TempDir
  static Path tmp;
  private static SkillSearchFixture fixture;
  private static SkillSearch search;

  @BeforeAll
  static void buildIndex() throws IOException {
    fixture = SkillSearchFixture.open(tmp, SkillSearchWordFormsTest::fixture);
    search = fixture.search();
  }

  @AfterAll
  static void close() throws IOException {
    fixture.close();
  }

  private static List<SearchableSheet> fixture() {
    return List.of(
        new SearchableSheet("0107", SheetType.BRANCH, "0107", "Technicien(ne) d'assistance Véhicule", "01", "Opérations",
            List.of(), "", List.of(
                activity("0107-A06", "Met en œuvre les moyens d'assistance : missionne les prestataires techniques des réseaux (dépanneur, remorqueur, transporteur)"),
                activity("0101-A04", "Réceptionne, qualifie et oriente les appels téléphoniques en l'absence de standardistes"),
                activity("0104-01-A08", "Coordonne et contrôle à distance la réalisation des travaux.")),
            List.of(), List.of(), List.of()),
        new SearchableSheet("I1615", SheetType.ROME, "I1615", "Dépanneur-remorqueur", "I", "Installation",
            List.of(), "", List.of(), List.of(
                competence("ogr-110358", "Techniques de remorquage"),
                competence("ogr-121862", "Techniques de vente par téléphone"),
                competence("ogr-489397", "Gérer plusieurs tâches simultanément et respecter les délais"),
                competence("ogr-x1", "Gère le standard téléphonique, prend des messages"),
                competence("ogr-x2", "Traduction de documents techniques")),
            List.of(), List.of()));
  }

  private static SearchableItem competence(String id, String text) {
    return new SearchableItem(id, ItemType.COMPETENCE, text, "majority", "savoir-faire", null, 1.0f);
  }

  private static SearchableItem activity(String id, String text) {
    return new SearchableItem(id, ItemType.ACTIVITY, text, "majority", null, null, 1.0f);
  }

  private static List<String> ids(String query) {
    return search.search(new SkillQuery(query, SkillQuery.Scope.ALL, null, null, null), 0, 10).hits().stream()
        .map(SkillHit::id).toList();
  }

  @Test
  void the_action_noun_finds_the_agent_noun_and_back() {
    assertEquals(List.of("0107-A06", "ogr-110358"), ids("remorquage"), "remorquage, remorqueur: remorquer; branch first");
    assertEquals(List.of("0107-A06", "ogr-110358"), ids("remorqueur"));
  }

  @Test
  void an_iste_noun_meets_its_base() {
    assertEquals(List.of("0101-A04", "ogr-x1"), ids("standard téléphonique"), "standardistes → standard");
  }

  @Test
  void the_agent_noun_finds_the_action() {
    assertEquals(List.of("ogr-x2"), ids("traducteur"));
  }

  @Test
  void coordination_finds_coordonne() {
    assertEquals(List.of("0104-01-A08"), ids("coordination de travaux"));
  }

  @Test
  void a_prefixed_compound_finds_the_phrase_it_stands_for() {
    assertEquals(List.of("ogr-121862"), ids("télévente"));
    assertEquals(List.of("ogr-489397"), ids("multitâche"));
  }
}
