package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mobility routes over HTTP against the real engine (corpus, and ROME when present). */
class MobilityRoutesIT extends EngineRouteTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static HttpResponse<String> personal(Javalin server, Map<String, Object> body) throws Exception {
    return RawHttp.post(server, "/api/v1/passerelles", "application/json", JSON.writeValueAsBytes(body));
  }

  @Test
  void passerelles_of_0102_are_grouped_by_degree_with_stated_moves_from_the_referential() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers/0102/passerelles");
      assertEquals(200, res.code());
      JsonNode area = RawHttp.json(res.body().string());
      assertEquals("0102", area.get("origin").get("id").asText());
      List<Integer> degrees = new ArrayList<>();
      area.get("degrees").forEach(g -> degrees.add(g.get("degree").asInt()));
      assertEquals(List.of(1, 2, 3), degrees);
      JsonNode first = area.get("degrees").get(0).get("passerelles");
      boolean dossiers = false;
      for (JsonNode p : first) {
        if (p.get("target").get("id").asText().equals("0401")) {
          dossiers = true;
          assertEquals("referential", p.get("source").asText());
          assertEquals(1, p.get("statedDegree").asInt());
          for (JsonNode c : p.get("missing")) {
            assertTrue(List.of("deepen", "acquire").contains(c.get("action").asText()), c.toString());
            assertFalse(c.get("id").asText().isEmpty());
          }
        }
      }
      assertTrue(dossiers, "004 and 000 state gestionnaire de dossiers d'assistance at degree 1");
    });
  }

  @Test
  void unknown_code_is_404_and_bad_scope_is_400() {
    JavalinTest.test(app(), (server, client) -> {
      var unknown = client.get("/api/v1/metiers/9999/passerelles");
      assertError(404, unknown.body().string());
      var scope = client.get("/api/v1/metiers/0102/passerelles?scope=everywhere");
      assertError(400, scope.body().string());
    });
  }

  @Test
  void a_cv_gets_its_closest_metier_and_passerelles_minus_what_it_already_shows() {
    String cv = MatchRoutesIT.resource("/nlp/cv_charge_assistance.txt");
    JavalinTest.test(app(), (server, client) -> {
      var res = personal(server, Map.of("text", cv));
      assertEquals(200, res.statusCode(), res.body());
      JsonNode p = RawHttp.json(res.body());
      assertEquals("0102", p.get("closest").get("id").asText());
      int evidenced = 0;
      for (JsonNode g : p.get("area").get("degrees")) {
        for (JsonNode pass : g.get("passerelles")) {
          List<String> missing = new ArrayList<>();
          pass.get("missing").forEach(c -> missing.add(c.get("id").asText()));
          for (JsonNode e : pass.get("evidenced")) {
            evidenced++;
            assertFalse(missing.contains(e.get("competenceId").asText()), "evidenced is not missing: " + e);
            assertEquals(cv.substring(e.get("start").asInt(), e.get("end").asInt()), e.get("sentence").asText());
          }
        }
      }
      assertTrue(evidenced > 0, "the CV shows some of the targets' competences");
    });
  }

  @Test
  void personal_passerelles_refuse_english_with_422_and_empty_text_with_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertError(422, personal(server, Map.of("text",
          "I handle incoming calls from customers in distress abroad and organise their repatriation.")).body());
      assertError(400, personal(server, Map.of("text", "  ")).body());
    });
  }

  @Test
  void gap_between_two_sheets_lists_shared_and_missing_competences_with_a_degree() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/gap?from=0102&to=0103");
      assertEquals(200, res.code());
      JsonNode gap = RawHttp.json(res.body().string());
      assertEquals("0102", gap.get("from").get("id").asText());
      assertEquals("0103", gap.get("to").get("id").asText());
      assertTrue(gap.get("comparable").asBoolean());
      assertFalse(gap.get("missing").isEmpty());
      int degree = gap.get("degree").get("value").asInt();
      assertTrue(degree >= 1 && degree <= 3, gap.get("degree").toString());
      assertError(400, client.get("/api/v1/gap?from=0102").body().string());
      assertError(404, client.get("/api/v1/gap?from=0102&to=9999").body().string());
    });
  }

  @Test
  void gap_to_a_metier_without_competences_is_not_comparable_and_has_no_degree() {
    // 0301 (Planificateur) is named by 004 but has no sheet and borrows no ROME sheet: a 200 saying so, not a 500
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/gap?from=0102&to=0301");
      assertEquals(200, res.code());
      JsonNode gap = RawHttp.json(res.body().string());
      assertFalse(gap.get("comparable").asBoolean());
      assertTrue(gap.get("degree").isNull(), gap.get("degree").toString());
      assertTrue(gap.get("missing").isEmpty());
      assertTrue(gap.get("keyGaps").isEmpty());
    });
  }

  @Test
  void training_needs_rank_competences_by_the_passerelles_they_unlock() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/training-needs?code=0102");
      assertEquals(200, res.code());
      JsonNode needs = RawHttp.json(res.body().string()).get("needs");
      assertFalse(needs.isEmpty());
      double previous = Double.MAX_VALUE;
      for (JsonNode n : needs) {
        int unlocked = n.get("degree1").asInt() + n.get("degree2").asInt() + n.get("degree3").asInt();
        assertTrue(unlocked >= 1, n.toString());
        assertTrue(n.get("score").asDouble() <= previous, "ranked by score");
        previous = n.get("score").asDouble();
      }
      assertError(400, client.get("/api/v1/training-needs").body().string());
      assertError(404, client.get("/api/v1/training-needs?code=9999").body().string());
    });
  }

  @Test
  void training_needs_of_a_population_weigh_by_headcount_and_reject_bad_bodies() {
    JavalinTest.test(app(), (server, client) -> {
      byte[] body = JSON.writeValueAsBytes(Map.of("population",
          List.of(Map.of("metier", "0102", "people", 2799), Map.of("metier", "0105", "people", 13))));
      var res = RawHttp.post(server, "/api/v1/training-needs", "application/json", body);
      assertEquals(200, res.statusCode(), res.body());
      JsonNode result = RawHttp.json(res.body());
      assertEquals(2, result.get("population").size());
      assertFalse(result.get("needs").isEmpty());
      assertError(400, RawHttp.post(server, "/api/v1/training-needs", "application/json",
          "{\"population\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).body());
      assertError(400, RawHttp.post(server, "/api/v1/training-needs", "application/json",
          "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8)).body());
    });
  }

  @Test
  void synthesis_csv_has_a_header_and_rows_for_every_degree() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/synthesis.csv");
      assertEquals(200, res.code());
      assertTrue(String.valueOf(res.headers().get("Content-Type")).contains("text/csv"), String.valueOf(res.headers()));
      String[] lines = res.body().string().split("\n");
      assertTrue(lines.length > 100, "rows: " + lines.length);
      assertTrue(lines[0].contains("degree") || lines[0].contains("degre"), lines[0]);
    });
  }
}
