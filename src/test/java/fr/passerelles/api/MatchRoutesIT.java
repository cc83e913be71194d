package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code POST /match} over HTTP against the real engine, its index built once for the class. */
class MatchRoutesIT extends EngineRouteTestBase {
  private static final String PATH = "/api/v1/match";
  private static final ObjectMapper JSON = new ObjectMapper();

  static String resource(String name) {
    try (InputStream in = MatchRoutesIT.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> postJson(Javalin server, Map<String, Object> body) throws Exception {
    return RawHttp.post(server, PATH, "application/json", JSON.writeValueAsBytes(body));
  }

  private static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("matches").forEach(m -> ids.add(m.get("id").asText()));
    return ids;
  }

  @Test
  void a_charge_d_assistance_cv_ranks_0102_in_the_top_3_with_evidence() {
    String cv = resource("/nlp/cv_charge_assistance.txt");
    JavalinTest.test(app(), (server, client) -> {
      var res = postJson(server, Map.of("text", cv));
      assertEquals(200, res.statusCode(), res.body());
      JsonNode result = RawHttp.json(res.body());
      List<String> ids = ids(result);
      assertTrue(ids.indexOf("0102") >= 0 && ids.indexOf("0102") < 3, ids.toString());
      assertEquals(10, ids.size(), "default limit");
      assertTrue(result.get("segments").asInt() > 5, res.body());
      JsonNode top = result.get("matches").get(ids.indexOf("0102"));
      assertEquals("branch", top.get("type").asText());
      assertEquals("01", top.get("family").asText());
      assertTrue(top.get("score").asDouble() > 0 && top.get("score").asDouble() <= 1, top.toString());
      assertFalse(top.get("evidence").isEmpty(), top.toString());
      assertEquals("text", top.get("support").asText(), "its words speak for it");
      double previous = 2;
      for (JsonNode m : result.get("matches")) {
        assertTrue(List.of("text", "labelledTexts", "branch", "meaning").contains(m.get("support").asText()), m.toString());
        assertTrue(m.get("support").asText().equals("text") || m.get("evidence").isEmpty(), "evidence is the text's words: " + m);
        assertTrue(m.get("score").asDouble() <= previous, "best first");
        previous = m.get("score").asDouble();
      }
    });
  }

  @Test
  void every_evidence_segment_and_highlight_slices_the_input_exactly() {
    String cv = resource("/nlp/cv_charge_assistance.txt");
    JavalinTest.test(app(), (server, client) -> {
      JsonNode result = RawHttp.json(postJson(server, Map.of("text", cv, "limit", 20)).body());
      int checked = 0;
      for (JsonNode m : result.get("matches")) {
        for (JsonNode e : m.get("evidence")) {
          assertTrue(List.of("activity", "competence").contains(e.get("type").asText()), e.toString());
          assertTrue(e.get("itemId").asText().matches("[0-9]{4}.*|ogr-[0-9]+|[A-N][0-9]{4}-D[0-9]{2}"), e.toString());
          JsonNode seg = e.get("segment");
          assertEquals(cv.substring(seg.get("start").asInt(), seg.get("end").asInt()), seg.get("text").asText());
          assertFalse(e.get("matchedTerms").isEmpty(), e.toString());
          for (JsonNode h : e.get("highlights")) {
            assertEquals(cv.substring(h.get("start").asInt(), h.get("end").asInt()), h.get("text").asText());
            checked++;
          }
        }
      }
      assertTrue(checked > 20, "highlights checked: " + checked);
    });
  }

  @Test
  void plain_text_with_query_options_answers_as_the_json_body() {
    String cv = resource("/nlp/cv_charge_assistance.txt");
    JavalinTest.test(app(), (server, client) -> {
      var plain = RawHttp.post(server, PATH + "?limit=5&type=branch", "text/plain; charset=utf-8", cv.getBytes(StandardCharsets.UTF_8));
      var json = postJson(server, Map.of("text", cv, "limit", 5, "type", "branch"));
      assertEquals(200, plain.statusCode(), plain.body());
      assertEquals(RawHttp.json(json.body()), RawHttp.json(plain.body()));
    });
  }

  @Test
  void type_family_and_limit_filter_the_sheets() {
    String cv = resource("/nlp/cv_charge_assistance.txt");
    JavalinTest.test(app(), (server, client) -> {
      JsonNode branch = RawHttp.json(postJson(server, Map.of("text", cv, "type", "branch", "limit", 3)).body());
      assertEquals(3, branch.get("matches").size());
      branch.get("matches").forEach(m -> assertEquals("branch", m.get("type").asText(), m.toString()));

      JsonNode family = RawHttp.json(postJson(server, Map.of("text", cv, "family", "02")).body());
      assertFalse(family.get("matches").isEmpty());
      family.get("matches").forEach(m -> assertEquals("02", m.get("family").asText(), m.toString()));

      JsonNode rome = RawHttp.json(postJson(server, Map.of("text", cv, "type", "rome")).body());
      if (TestEngine.hasRome()) {
        assertEquals(10, rome.get("matches").size());
        rome.get("matches").forEach(m -> assertEquals("rome", m.get("type").asText(), m.toString()));
      } else {
        assertEquals(0, rome.get("matches").size(), "no ROME release loaded");
      }
    });
  }

  @Test
  void an_english_cv_gets_422_in_french() {
    String cv = resource("/nlp/cv_english.txt");
    JavalinTest.test(app(), (server, client) -> {
      var res = postJson(server, Map.of("text", cv));
      assertEquals(422, res.statusCode(), res.body());
      assertEquals("Le texte doit être rédigé en français : la langue détectée est différente.", assertError(422, res.body()));
      assertFalse(res.body().contains("Smith"), res.body());
    });
  }

  @Test
  void digits_only_get_422_explaining_why() {
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.post(server, PATH, "text/plain", "06 12 34 56 78 — 75001 — 2017-2025".getBytes(StandardCharsets.UTF_8));
      assertEquals(422, res.statusCode(), res.body());
      assertTrue(assertError(422, res.body()).startsWith("Le texte est fait surtout de chiffres"), res.body());
    });
  }

  @Test
  void bad_bodies_get_400_413_415_with_the_engine_open() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(400, RawHttp.post(server, PATH, "application/json", "{\"text\": \"\"}".getBytes(StandardCharsets.UTF_8)).statusCode());
      byte[] huge = ("Chargée d'assistance. ".repeat(3000)).getBytes(StandardCharsets.UTF_8);
      assertEquals(413, RawHttp.post(server, PATH, "text/plain", huge).statusCode());
      assertEquals(415, RawHttp.post(server, PATH, "text/csv", "a;b".getBytes(StandardCharsets.UTF_8)).statusCode());
    });
  }

  @Test
  void the_access_log_never_contains_the_text() {
    String cv = resource("/nlp/cv_charge_assistance.txt");
    List<String> lines = new CopyOnWriteArrayList<>();
    Javalin app = App.create(TestEngine.services(engine), TestApi.config(), new AccessLog(lines::add));
    JavalinTest.test(app, new TestConfig(false), (server, client) -> {
      assertEquals(200, postJson(server, Map.of("text", cv)).statusCode());
      assertEquals(200, RawHttp.post(server, PATH + "?limit=2", "text/plain", cv.getBytes(StandardCharsets.UTF_8)).statusCode());
      assertEquals(422, postJson(server, Map.of("text", resource("/nlp/cv_english.txt"))).statusCode());
    });
    assertEquals(3, lines.size(), lines.toString());
    for (String line : lines) {
      assertTrue(line.matches("POST /api/v1/match (200|422) \\d+\\.\\dms \\d+B id=[0-9a-f-]{36}"), line);
      for (String word : List.of("Camille", "Martin", "rapatriement", "Smith", "limit")) {
        assertFalse(line.contains(word), line);
      }
    }
  }
}
