package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code GET /competences} over HTTP against the real engine, its index built once for the class. */
class CompetenceRoutesIT extends EngineRouteTestBase {
  private static final String COMPLAINTS = "gestion des réclamations";

  private static String path(String q, String more) {
    return "/api/v1/competences?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more;
  }

  private static JsonNode search(io.javalin.testtools.HttpClient client, String q, String more) throws IOException {
    var res = client.get(path(q, more));
    String body = res.body().string();
    assertEquals(200, res.code(), body);
    return RawHttp.json(body);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  @Test
  void complaints_handling_finds_competences_with_highlights_and_the_sheets_that_require_them() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = search(client, COMPLAINTS, "");
      assertTrue(page.get("total").asInt() > 0, page.toString());
      assertEquals(0, page.get("offset").asInt());
      assertEquals(20, page.get("limit").asInt());
      if (TestEngine.hasRome()) {
        assertFalse(page.get("relaxed").asBoolean(), "with ROME some competences say both words");
      }
      assertTrue(page.get("exactTotal").asInt() <= page.get("total").asInt(), page.toString());
      assertTrue(page.get("relaxedNote").isNull() == (page.get("exactTotal").asInt() == page.get("total").asInt()),
          "the note says what the skills past the exact ones have: " + page);
      assertTrue(page.get("facets").get("type").has("branch"), "a branch métier needs the skill: " + page.get("facets"));
      assertTrue(page.get("didYouMean").isNull());
      for (JsonNode item : page.get("items")) {
        assertTrue(item.get("type").asText().matches("competence|activity"), item.toString());
        assertTrue(item.get("foldedIds").isArray(), item.toString());
        String text = item.get("text").asText();
        assertFalse(item.get("highlights").isEmpty(), item.toString());
        for (JsonNode h : item.get("highlights")) {
          String marked = text.substring(h.get("start").asInt(), h.get("end").asInt());
          assertEquals(marked, h.get("text").asText());
          // the verb the noun stands for is searched too: "Gérer des réclamations"
          assertTrue(marked.toLowerCase(java.util.Locale.ROOT).matches("gestion|g[éè]r\\p{L}*|réclamations?"), marked);
        }
        assertTrue(item.get("sheetCount").asInt() >= item.get("sheets").size(), item.toString());
        assertFalse(item.get("sheets").isEmpty(), item.toString());
        JsonNode sheet = item.get("sheets").get(0);
        assertFalse(sheet.get("title").asText().isBlank(), sheet.toString());
        assertTrue(sheet.get("weight").asDouble() > 0, sheet.toString());
      }
      if (TestEngine.hasRome()) {
        JsonNode first = page.get("items").get(0);
        assertTrue(first.get("text").asText().matches("(?i)(gestion|gérer) des réclamations.*"), first.toString());
        assertEquals("branch", first.get("sheets").get(0).get("type").asText(),
            "a skill a branch sheet lists comes first among those with all the words: " + first);
      }
    });
  }

  @Test
  void the_nominal_query_finds_the_verbal_branch_competence_and_a_typo_gets_a_correction() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = search(client, COMPLAINTS, "&type=branch&limit=50");
      assertTrue(texts(page).stream().anyMatch(t -> t.startsWith("Gère") || t.startsWith("Gérer")), texts(page).toString());
      JsonNode typo = search(client, "reclamtions", "");
      assertEquals(0, typo.get("total").asInt());
      assertEquals("reclamations", typo.get("didYouMean").asText());
    });
  }

  private static List<String> texts(JsonNode page) {
    List<String> out = new java.util.ArrayList<>();
    page.get("items").forEach(i -> out.add(i.get("text").asText()));
    return out;
  }

  @Test
  void pages_follow_one_ranking() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode first = search(client, "clients", "&limit=4");
      assertTrue(first.get("total").asInt() > 4, first.toString());
      JsonNode second = search(client, "clients", "&limit=2&offset=2");
      assertEquals(first.get("total"), second.get("total"));
      assertEquals(ids(first).subList(2, 4), ids(second));
      JsonNode beyond = search(client, "clients", "&offset=" + first.get("total").asInt());
      assertEquals(0, beyond.get("items").size());
    });
  }

  @Test
  void filters_narrow_items_and_their_sheets() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode branch = search(client, "réclamations", "&type=branch&limit=100");
      assertFalse(branch.get("items").isEmpty());
      branch.get("items").forEach(i -> i.get("sheets").forEach(s -> assertEquals("branch", s.get("type").asText(), i.toString())));

      JsonNode family = search(client, "situations d'urgence", "&family=01&limit=100");
      assertFalse(family.get("items").isEmpty());
      family.get("items").forEach(i -> i.get("sheets").forEach(s -> assertEquals("01", s.get("family").asText(), i.toString())));

      JsonNode languages = search(client, "langues étrangères", "&kind=langue");
      assertFalse(languages.get("items").isEmpty());
      languages.get("items").forEach(i -> assertEquals("langue", i.get("kind").asText(), i.toString()));

      if (TestEngine.hasRome()) {
        JsonNode rome = search(client, COMPLAINTS, "&type=rome&family=D&kind=savoir-faire");
        assertFalse(rome.get("items").isEmpty());
        rome.get("items").forEach(i -> {
          assertEquals("savoir-faire", i.get("kind").asText());
          assertTrue(i.get("id").asText().startsWith("ogr-"), i.toString());
          i.get("sheets").forEach(s -> assertTrue(s.get("id").asText().startsWith("D"), s.toString()));
        });
      }
    });
  }

  @Test
  void activities_are_searched_on_request() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode activities = search(client, "rapatriement", "&items=activities");
      assertFalse(activities.get("items").isEmpty());
      activities.get("items").forEach(i -> {
        assertEquals("activity", i.get("type").asText());
        assertTrue(i.get("kind").isNull());
      });
      JsonNode all = search(client, "rapatriement", "&items=all&limit=100");
      assertTrue(all.get("total").asInt() >= activities.get("total").asInt());
    });
  }

  @Test
  void a_branch_skill_with_the_specific_word_comes_first_when_none_has_all_the_words() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = search(client, "enquêtes et sondages", "&limit=10");
      JsonNode first = page.get("items").get(0);
      assertEquals("branch", first.get("sheets").get(0).get("type").asText(), "a branch métier first: " + first);
      assertTrue(first.get("text").asText().toLowerCase(java.util.Locale.ROOT).contains("enquête"), first.toString());
      if (TestEngine.hasRome()) {
        assertTrue(page.get("exactTotal").asInt() > 0, "ROME skills with both words follow: " + page);
      }
    });
  }

  private static List<String> metiers(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("branchMetiers").forEach(m -> out.add(m.get("metier").asText()));
    return out;
  }

  @Test
  void the_branch_metiers_that_need_a_skill_include_those_whose_items_say_it_without_the_generic_head() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = search(client, COMPLAINTS, "&limit=1");
      List<String> metiers = metiers(page);
      // "Traite les demandes complexes et en partie les réclamations" (0102), "Traite les
      // réclamations, plaintes et litiges sur les aspects médicaux" (0201): no "gestion", the skill all the same
      for (String m : List.of("0102", "0201", "0302", "0403", "0601")) {
        assertTrue(metiers.contains(m), m + " in " + page.get("branchMetiers"));
      }
      assertEquals(metiers.size(), page.get("branchMetierTotal").asInt());
      for (JsonNode m : page.get("branchMetiers")) {
        assertTrue(m.get("itemCount").asInt() >= m.get("items").size(), m.toString());
        for (JsonNode item : m.get("items")) {
          assertTrue(item.get("text").asText().toLowerCase(java.util.Locale.ROOT).contains("réclamation"), m.toString());
        }
        assertTrue(m.get("sheetIds").get(0).asText().startsWith(m.get("metier").asText()), m.toString());
      }
      assertTrue(search(client, COMPLAINTS, "&type=rome").get("branchMetiers").isEmpty());
    });
  }

  @Test
  void remote_customer_relations_find_the_branch_items_said_by_phone_and_with_beneficiaries() {
    JavalinTest.test(app(), (server, client) -> {
      // client → bénéficiaire, distance → téléphone (skill-equivalences.txt): "Prend en charge
      // l'accueil téléphonique des bénéficiaires…" of the specialist sheets (0104)
      JsonNode page = search(client, "relation client à distance", "&limit=10");
      assertTrue(metiers(page).contains("0104"), page.get("branchMetiers").toString());
    });
  }

  @Test
  void a_one_letter_qualifier_is_never_the_word_a_relaxed_search_keeps() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestEngine.hasRome(), "the driving-licence items are ROME's");
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = search(client, "permis B", "&limit=10");
      assertEquals("Permis de conduire catégorie B", page.get("items").get(0).get("text").asText(), page.toString());
      for (JsonNode item : page.get("items")) {
        assertTrue(item.get("text").asText().toLowerCase(java.util.Locale.ROOT).contains("permis"),
            "kept to permis, never « option B » alone: " + item);
      }
    });
  }

  @Test
  void an_abbreviation_the_referential_defines_finds_the_items_that_say_its_long_form() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestEngine.hasRome(), "the definition is ROME's");
    JavalinTest.test(app(), (server, client) -> {
      // "Gérer les équipements de protection individuelle (EPI)" defines it; "Gérer les
      // équipements de protection individuelle" alone says it without the abbreviation
      JsonNode page = search(client, "EPI", "&limit=10");
      boolean longFormOnly = false;
      for (JsonNode item : page.get("items")) {
        String text = item.get("text").asText().toLowerCase(java.util.Locale.ROOT);
        assertTrue(text.contains("epi") || text.contains("protection individuelle"), "on topic: " + item);
        longFormOnly |= !text.matches(".*\\bepi\\b.*");
      }
      assertTrue(longFormOnly, "an item with the long form only: " + page.get("items"));
    });
  }

  @Test
  void a_leading_infinitive_is_never_the_word_a_relaxed_search_keeps() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestEngine.hasRome(), "the language items are mostly ROME's");
    JavalinTest.test(app(), (server, client) -> {
      // "parler" is rarer than "anglais" in the referential: kept alone it found "Parler en voix off"
      JsonNode page = search(client, "parler anglais", "&limit=10");
      assertEquals(10, page.get("items").size(), page.toString());
      for (JsonNode item : page.get("items")) {
        String text = item.get("text").asText().toLowerCase(java.util.Locale.ROOT);
        assertTrue(text.contains("anglais") || text.contains("langue") || text.contains("bilingue"), "kept to the language: " + item);
      }
    });
  }

  @Test
  void an_alternative_the_analysis_reads_as_one_word_is_no_alternative() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestEngine.hasRome(), "ROME's items of contrôle and maîtrise");
    JavalinTest.test(app(), (server, client) -> {
      // "contrôle de soi" ("soi" a stop word) read as contrôle found "Contrôler des écritures comptables"
      JsonNode page = search(client, "sang-froid", "&limit=10");
      assertEquals(10, page.get("items").size(), page.toString());
      for (JsonNode item : page.get("items")) {
        String text = item.get("text").asText().toLowerCase(java.util.Locale.ROOT);
        assertTrue(text.matches(".*(sang-froid|sang froid|stress|soi|calme|émotion).*"), "on topic: " + item.get("text"));
      }
    });
  }

  @Test
  void a_paraphrase_whose_verb_the_referential_words_otherwise_finds_the_branch_item() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestEngine.hasRome(), "the branch sheets' items");
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = search(client, "faire le planning des équipes", "&limit=10");
      assertFalse(page.get("relaxed").asBoolean(), page.toString());
      assertTrue(ids(page).contains("0103-A12"), "Elabore les plannings de ses équipes: " + ids(page));
      // the block is read with the verb required: no branch item says paying the suppliers, so
      // no métier of a "fournisseurs" item is listed as needing it
      assertTrue(search(client, "payer les fournisseurs", "").get("branchMetiers").isEmpty());
    });
  }

  @Test
  void process_also_finds_the_referentials_processus() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestEngine.hasRome(), "the branch sheets' items");
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = search(client, "amélioration des process", "&limit=10");
      boolean branch = false;
      for (JsonNode item : page.get("items")) {
        branch |= item.get("text").asText().contains("processus") && item.get("sheets").get(0).get("type").asText().equals("branch");
      }
      assertTrue(branch, "a branch item improving the processus: " + page.get("items"));
    });
  }

  @Test
  void a_query_of_stop_words_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get(path("de la", ""));
      assertEquals(400, res.code());
      assertTrue(assertError(400, res.body().string()).startsWith("La recherche ne contient aucun mot significatif"));
    });
  }

  @Test
  void the_access_log_never_contains_the_query() {
    List<String> lines = new CopyOnWriteArrayList<>();
    Javalin app = App.create(TestEngine.services(engine), TestApi.config(), new AccessLog(lines::add));
    JavalinTest.test(app, new TestConfig(false), (server, client) -> search(client, COMPLAINTS, "&type=branch"));
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("GET /api/v1/competences 200 \\d+\\.\\dms \\d+B id=[0-9a-f-]{36}"), lines.get(0));
  }
}
