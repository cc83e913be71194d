package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /rome/{code}} and the ROME titles of {@code /metiers/{code}} against the real engine:
 * with the ROME release when this machine has it, else the "no release" answers.
 */
class RomeRoutesIT extends EngineRouteTestBase {
  @Test
  void a_rome_sheet_is_served_in_full() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/rome/D1408");
      String body = res.body().string();
      if (!TestEngine.hasRome()) {
        assertEquals(404, res.code());
        assertEquals("Aucun référentiel ROME n'est chargé sur ce serveur : les fiches ROME ne sont pas disponibles.",
            assertError(404, body));
        return;
      }
      assertEquals(200, res.code(), body);
      JsonNode sheet = RawHttp.json(body);
      assertEquals("D1408", sheet.get("code").asText());
      assertFalse(sheet.get("title").asText().isBlank());
      assertEquals("D", sheet.get("domain").get("grandDomaineCode").asText());
      assertEquals("D14", sheet.get("domain").get("domaineCode").asText());
      assertEquals(1, count(sheet.get("appellations"), "principal"), "one principal title");
      assertFalse(sheet.get("definition").isEmpty());
      assertFalse(sheet.get("access").isEmpty());
      assertFalse(sheet.get("savoirFaire").isEmpty());
      assertTrue(count(sheet.get("savoirFaire"), "core") > 0, "some savoir-faire are core");
      JsonNode item = sheet.get("savoirFaire").get(0);
      assertTrue(item.get("id").asText().matches("ogr-\\d+"), item.toString());
      assertTrue(item.get("macroId").asText().matches("ogr-\\d+"), item.toString());
      sheet.get("savoirs").forEach(s -> assertTrue(s.get("macroId").isNull(), s.toString()));
      assertFalse(sheet.get("workContexts").isEmpty());
      int rank = 0;
      for (JsonNode m : sheet.get("mobility")) {
        assertEquals(++rank, m.get("rank").asInt(), "ranks 1..n in order");
        assertFalse(m.get("targetTitle").isNull(), m.toString());
      }
      assertTrue(rank > 0, "D1408 has mobility links");
      assertEquals("0102", sheet.get("branchMetiers").get(0).get("id").asText(), "0102 maps to D1408 in the annex");
      assertEquals("annex", sheet.get("branchMetiers").get(0).get("source").asText());
    });
  }

  @Test
  void an_unknown_code_gets_404() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/rome/M9999");
      assertEquals(404, res.code());
      String message = assertError(404, res.body().string());
      if (TestEngine.hasRome()) {
        assertEquals("Fiche ROME inconnue : M9999", message);
      }
    });
  }

  @Test
  void a_malformed_code_gets_400() {
    JavalinTest.test(app(), (server, client) -> assertEquals(400, client.get("/api/v1/rome/d1408").code()));
  }

  @Test
  void a_metier_names_its_rome_sheets_with_their_titles() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode rome = RawHttp.json(client.get("/api/v1/metiers/0102").body().string()).get("rome");
      assertEquals("annex", rome.get("source").asText());
      JsonNode first = rome.get("sheets").get(0);
      assertEquals("D1408", first.get("code").asText());
      assertEquals(!TestEngine.hasRome(), first.get("title").isNull(), first.toString());
    });
  }

  @Test
  void ready_reports_the_open_engine() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/ready");
      assertEquals(200, res.code());
      JsonNode ready = RawHttp.json(res.body().string());
      assertEquals("UP", ready.get("status").asText());
      JsonNode index = ready.get("index");
      assertEquals("READY", index.get("state").asText());
      assertEquals(engine.indexes().manifest().counts().get("sheets"), index.get("sheets").asInt());
      assertTrue(index.get("competences").asInt() > 100, index.toString());
      assertTrue(index.get("analysis").asText().startsWith("passerelles-"), index.toString());
      assertEquals(TestEngine.hasRome(), !ready.get("rome").isNull(), ready.toString());
      if (TestEngine.hasRome()) {
        assertTrue(ready.get("rome").get("release").asText().startsWith("ROME 4.0"), ready.toString());
        assertTrue(index.get("sheets").asInt() > 1000, "ROME sheets are indexed");
      }
    });
  }

  private static int count(JsonNode array, String flag) {
    int n = 0;
    for (JsonNode e : array) {
      n += e.get(flag).asBoolean() ? 1 : 0;
    }
    return n;
  }
}
