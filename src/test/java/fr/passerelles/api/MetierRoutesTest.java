package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Families, métiers and sheets, read from the real corpus over HTTP. */
class MetierRoutesTest {

  private static Javalin app() {
    return App.create(TestApi.services(), TestApi.config());
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void families_lists_the_9_families_of_2009_and_the_13_of_2024_with_their_metier_counts() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/families");
      assertEquals(200, res.code());
      JsonNode json = RawHttp.json(res.body().string());
      JsonNode f2009 = json.get("families2009");
      assertEquals(9, f2009.size());
      assertEquals(List.of("01", "02", "03", "04", "05", "06", "07", "08", "09"), texts(f2009, "code"));
      assertEquals("Opérations d'assistance", f2009.get(0).get("title").asText());
      assertEquals("specific", f2009.get(0).get("group").asText());
      int sum = 0;
      for (JsonNode f : f2009) {
        sum += f.get("metierCount").asInt();
      }
      assertEquals(39, sum);
      assertEquals(13, json.get("families2024").size());
    });
  }

  @Test
  void metiers_lists_the_39_metiers_with_family_sheet_and_2024_link_with_ai_exposure() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = RawHttp.json(client.get("/api/v1/metiers").body().string());
      assertEquals(39, page.get("total").asInt());
      assertEquals(0, page.get("offset").asInt());
      assertEquals(100, page.get("limit").asInt());
      JsonNode items = page.get("items");
      assertEquals(39, items.size());
      assertEquals("0101", items.get(0).get("code").asText());

      JsonNode charge = items.get(1);
      assertEquals("0102", charge.get("code").asText());
      assertEquals("Chargé(e) d'assistance", charge.get("title").asText());
      assertEquals("01", charge.get("family").get("code").asText());
      assertEquals("Opérations d'assistance", charge.get("family").get("title").asText());
      assertEquals(2799, charge.get("headcount").asInt());
      assertEquals("[\"D1408\"]", charge.get("romeCodes").toString());
      assertTrue(charge.get("hasSheet").asBoolean());
      assertEquals("0102-v2", charge.get("currentSheetId").asText());
      JsonNode link = charge.get("metier2024");
      assertEquals("N0103", link.get("id").asText());
      assertEquals("Chargé d'assistance", link.get("title").asText());
      assertTrue(link.get("core").asBoolean());
      assertEquals(0.30, link.get("aiExposure").get("pwcScore").asDouble(), 1e-9);
      assertEquals(45, link.get("aiExposure").get("expertPosition").asInt());
    });
  }

  @Test
  void a_metier_without_sheet_says_so() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode items = RawHttp.json(client.get("/api/v1/metiers?family=09").body().string()).get("items");
      assertFalse(items.isEmpty());
      for (JsonNode m : items) {
        assertFalse(m.get("hasSheet").asBoolean(), m.toString());
        assertTrue(m.get("currentSheetId").isNull(), m.toString());
        assertEquals(0, m.get("romeCodes").size(), "families 08 and 09 have no ROME codes");
      }
    });
  }

  @Test
  void metiers_filtered_by_family_01_are_the_operations_metiers() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = RawHttp.json(client.get("/api/v1/metiers?family=01").body().string());
      List<String> codes = texts(page.get("items"), "code");
      assertEquals(List.of("0101", "0102", "0103", "0104", "0105", "0106", "0107"), codes);
      assertEquals(7, page.get("total").asInt());
    });
  }

  @Test
  void metiers_are_paged_with_limit_and_offset() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode page = RawHttp.json(client.get("/api/v1/metiers?limit=5&offset=35").body().string());
      assertEquals(39, page.get("total").asInt());
      assertEquals(35, page.get("offset").asInt());
      assertEquals(5, page.get("limit").asInt());
      assertEquals(4, page.get("items").size(), "the last page is short");
      JsonNode beyond = RawHttp.json(client.get("/api/v1/metiers?offset=500").body().string());
      assertEquals(0, beyond.get("items").size());
    });
  }

  @Test
  void a_limit_above_the_maximum_page_size_gets_400_without_echoing_the_value() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers?limit=1000");
      assertEquals(400, res.code());
      assertEquals("Paramètre invalide : limit (entier de 1 à 100 attendu).", assertError(400, res.body().string()));
    });
  }

  @Test
  void a_non_numeric_offset_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers?offset=douze");
      assertEquals(400, res.code());
      String message = assertError(400, res.body().string());
      assertEquals("Paramètre invalide : offset (format incorrect).", message);
    });
  }

  @Test
  void a_malformed_or_unknown_family_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      var malformed = client.get("/api/v1/metiers?family=operations");
      assertEquals(400, malformed.code());
      assertEquals("Paramètre invalide : family (code de famille à 2 chiffres attendu).",
          assertError(400, malformed.body().string()));
      var unknown = client.get("/api/v1/metiers?family=42");
      assertEquals(400, unknown.code());
      assertTrue(assertError(400, unknown.body().string()).contains("famille 2009 inconnue"));
    });
  }

  @Test
  void metier_0102_returns_its_current_sheet_in_full_and_both_versions() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/0102");
      assertEquals(200, res.code());
      JsonNode json = RawHttp.json(res.body().string());
      assertEquals("0102", json.get("metier").get("code").asText());
      assertEquals(List.of("0102", "0102-v2"), texts(json.get("versions"), "id"));
      assertEquals(List.of("1", "2"), texts(json.get("versions"), "version"));

      JsonNode sheet = json.get("sheet");
      assertEquals("0102-v2", sheet.get("id").asText());
      assertEquals(2, sheet.get("version").asInt());
      assertTrue(sheet.get("current").asBoolean());
      assertEquals("0102", sheet.get("metierCode").asText());
      assertEquals(18, sheet.get("activities").size());
      JsonNode firstActivity = sheet.get("activities").get(0);
      assertEquals("0102-v2-A01", firstActivity.get("id").asText());
      assertTrue(List.of("majority", "frequent", "rare").contains(firstActivity.get("frequency").asText()));
      assertTrue(firstActivity.get("children").isArray());
      assertEquals(22, sheet.get("competences").size());
      JsonNode competence = sheet.get("competences").get(0);
      assertEquals("0102-v2-C01", competence.get("id").asText());
      assertTrue(List.of("savoir", "savoir-faire", "langue", "savoir-etre").contains(competence.get("kind").asText()));
      assertTrue(List.of("majority", "specific").contains(competence.get("situation").asText()));
      assertEquals(15, sheet.get("passerelles").size());
      JsonNode passerelle = sheet.get("passerelles").get(0);
      assertTrue(passerelle.get("degree").asInt() >= 1 && passerelle.get("degree").asInt() <= 3);
      assertFalse(passerelle.get("degreeLabel").asText().isBlank());
      assertFalse(sheet.has("notes"), "transcription notes are for reviewers, not API clients");
    });
  }

  @Test
  void an_activity_keeps_its_sub_bullets_with_their_ids() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode activities = RawHttp.json(client.get("/api/v1/sheets/0101").body().string()).get("activities");
      JsonNode withChildren = null;
      for (JsonNode a : activities) {
        if (a.get("children").size() > 0) {
          withChildren = a;
          break;
        }
      }
      assertTrue(withChildren != null, "0101 has an activity with sub-bullets");
      assertEquals(withChildren.get("id").asText() + ".1", withChildren.get("children").get(0).get("id").asText());
    });
  }

  @Test
  void version_1_of_0102_is_the_2009_sheet() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode sheet = RawHttp.json(client.get("/api/v1/metiers/0102?version=1").body().string()).get("sheet");
      assertEquals("0102", sheet.get("id").asText());
      assertEquals(1, sheet.get("version").asInt());
      assertFalse(sheet.get("current").asBoolean());
      assertEquals(0, sheet.get("passerelles").size());
    });
  }

  @Test
  void a_version_can_be_chosen_by_sheet_id() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode sheet = RawHttp.json(client.get("/api/v1/metiers/0102?sheet=0102").body().string()).get("sheet");
      assertEquals("0102", sheet.get("id").asText());
    });
  }

  @Test
  void metier_0104_lists_its_ten_specialist_sheets_each_readable_by_id() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode sheet = RawHttp.json(client.get("/api/v1/metiers/0104").body().string()).get("sheet");
      assertEquals("0104", sheet.get("id").asText());
      List<String> subSheets = texts(sheet.get("subSheets"), "id");
      assertEquals(10, subSheets.size());
      assertEquals("0104-01", subSheets.get(0));
      assertEquals("0104-10", subSheets.get(9));

      var res = client.get("/api/v1/sheets/0104-03");
      assertEquals(200, res.code());
      JsonNode psychologue = RawHttp.json(res.body().string());
      assertEquals("Psychologue", psychologue.get("title").asText());
      assertEquals("0104", psychologue.get("parentSheetId").asText());
      assertEquals("0104-03-A01", psychologue.get("activities").get(0).get("id").asText());
    });
  }

  @Test
  void a_metier_without_sheet_has_a_null_sheet_and_no_versions() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/0901");
      assertEquals(200, res.code());
      JsonNode json = RawHttp.json(res.body().string());
      assertTrue(json.get("sheet").isNull());
      assertEquals(0, json.get("versions").size());
    });
  }

  @Test
  void unknown_metier_code_gets_404_with_french_message() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/9999");
      assertEquals(404, res.code());
      assertEquals("Métier inconnu : 9999", assertError(404, res.body().string()));
    });
  }

  @Test
  void a_malformed_metier_code_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/charge");
      assertEquals(400, res.code());
      assertEquals("Paramètre invalide : code (code métier à 4 chiffres attendu).", assertError(400, res.body().string()));
    });
  }

  @Test
  void an_unknown_version_gets_404_listing_the_versions() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/0102?version=3");
      assertEquals(404, res.code());
      assertEquals("Version 3 inconnue pour le métier 0102 (disponibles : 1, 2)", assertError(404, res.body().string()));
    });
  }

  @Test
  void a_sheet_of_another_metier_gets_404() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/0102?sheet=0101");
      assertEquals(404, res.code());
      assertEquals("Fiche 0101 inconnue pour le métier 0102 (disponibles : 0102, 0102-v2)",
          assertError(404, res.body().string()));
    });
  }

  @Test
  void version_and_sheet_together_get_400() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/0102?version=1&sheet=0102");
      assertEquals(400, res.code());
      assertEquals("Indiquer soit version, soit sheet, pas les deux.", assertError(400, res.body().string()));
    });
  }

  @Test
  void a_zero_version_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/0102?version=0");
      assertEquals(400, res.code());
      assertEquals("Paramètre invalide : version (entier positif attendu).", assertError(400, res.body().string()));
    });
  }

  @Test
  void unknown_sheet_id_gets_404_and_a_malformed_one_400() {
    JavalinTest.test(app(), (server, client) -> {
      var unknown = client.get("/api/v1/sheets/0104-99");
      assertEquals(404, unknown.code());
      assertEquals("Fiche inconnue : 0104-99", assertError(404, unknown.body().string()));
      var malformed = client.get("/api/v1/sheets/fiche");
      assertEquals(400, malformed.code());
      assertError(400, malformed.body().string());
    });
  }

  @Test
  void a_metier_lists_its_rome_sheets_with_the_source_of_the_link() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode annex = RawHttp.json(client.get("/api/v1/metiers/0101").body().string()).get("rome");
      assertEquals("annex", annex.get("source").asText());
      assertEquals("M1601", annex.get("sheets").get(0).get("code").asText());
      assertTrue(annex.get("sheets").get(0).get("title").isNull(), "no title until the engine is open");

      JsonNode review = RawHttp.json(client.get("/api/v1/metiers/0302").body().string()).get("rome");
      assertEquals("review", review.get("source").asText());
      assertEquals("D1435", review.get("sheets").get(0).get("code").asText());
    });
  }
}
