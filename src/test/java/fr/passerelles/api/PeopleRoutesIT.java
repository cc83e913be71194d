package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's API for people and planners over HTTP against the real engine: corrections, scope and
 * wish on {@code POST /passerelles}, and {@code POST /passerelles/batch} on real CVs and ads.
 */
class PeopleRoutesIT extends EngineRouteTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CV = MatchRoutesIT.resource("/bench/cv-one-page.txt");
  private static final String TELECONSEILLER = MatchRoutesIT.resource("/people/cv_teleconseiller_banque.txt");
  /** Real texts of the evidence set: CVs of the branch and outside it, call-centre ads. */
  private static final List<String> TEXTS = List.of("cv-conseillere-clientele", "cv-assistante-direction",
      "cv-infirmiere", "cc-hotline-medicale", "cv-developpeur-ex-assistance", "cc-gestionnaire-sinistres");

  private static HttpResponse<String> personal(Javalin server, Map<String, Object> body) throws Exception {
    return RawHttp.post(server, "/api/v1/passerelles", "application/json", JSON.writeValueAsBytes(body));
  }

  private static HttpResponse<String> batch(Javalin server, String contentType, byte[] body) throws Exception {
    return RawHttp.post(server, "/api/v1/passerelles/batch", contentType, body);
  }

  private static Map<String, Object> body(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static JsonNode passerelle(JsonNode answer, String target) {
    for (JsonNode g : answer.get("area").get("degrees")) {
      for (JsonNode p : g.get("passerelles")) {
        if (p.get("target").get("id").asText().equals(target)) {
          return p;
        }
      }
    }
    return null;
  }

  private static List<String> ids(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(c -> out.add(c.get(field).asText()));
    return out;
  }

  @Test
  void an_excluded_competence_returns_to_the_gap_and_an_included_one_leaves_it() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode plain = RawHttp.json(personal(server, body("text", CV, "wish", "0202", "full", true)).body());
      JsonNode move = plain.get("wish").get("move");
      assertTrue(ids(move.get("evidenced"), "competenceId").contains("0202-C01"), move.get("evidenced").toString());

      var res = personal(server, body("text", CV, "wish", "0202", "full", true, "exclude", List.of("0202-C01"),
          "include", List.of("0103-C06")));
      assertEquals(200, res.statusCode(), res.body());
      JsonNode corrected = RawHttp.json(res.body());
      JsonNode after = corrected.get("wish").get("move");
      assertTrue(ids(after.get("missing"), "id").contains("0202-C01"));
      assertFalse(ids(after.get("evidenced"), "competenceId").contains("0202-C01"));
      assertEquals(move.get("missingCount").asInt() + 1, after.get("missingCount").asInt());
      assertTrue(ids(passerelle(plain, "0103").get("missing"), "id").contains("0103-C06"));
      assertFalse(ids(passerelle(corrected, "0103").get("missing"), "id").contains("0103-C06"));
      assertEquals(List.of("0202-C01"), ids(corrected.get("corrections").get("excluded"), "id"));
      assertEquals(List.of("0103-C06"), ids(corrected.get("corrections").get("included"), "id"));
      assertTrue(corrected.get("corrections").get("textClosest").isNull());
    });
  }

  @Test
  void a_wish_leads_the_answer() {
    JavalinTest.test(app(), (server, client) -> {
      var res = personal(server, body("text", CV, "wish", "0103"));
      assertEquals(200, res.statusCode(), res.body());
      Iterator<String> fields = RawHttp.json(res.body()).fieldNames();
      assertEquals("wish", fields.next(), "the wish block comes first");
      JsonNode wish = RawHttp.json(res.body()).get("wish");
      assertEquals("0103", wish.get("target").get("id").asText());
      assertTrue(wish.get("amongPasserelles").asBoolean());
      assertEquals("0102", wish.get("path").get(0).get("from").get("id").asText());
      assertEquals("0103", wish.get("path").get(0).get("to").get("id").asText());
      assertEquals(wish.get("path").get(0).get("degree").asInt(), wish.get("pathDegree").asInt());
      assertFalse(wish.get("move").get("missing").isEmpty());
      assertTrue(RawHttp.json(personal(server, body("text", CV)).body()).get("wish").isNull());
    });
  }

  @Test
  void the_bank_teleconseiller_reaches_0102_with_type_rome_and_scope_all() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestEngine.hasRome(), "his closest sheet is a ROME one");
    JavalinTest.test(app(), (server, client) -> {
      var res = personal(server, body("text", TELECONSEILLER, "type", "rome", "scope", "all", "wish", "0102"));
      assertEquals(200, res.statusCode(), res.body());
      JsonNode answer = RawHttp.json(res.body());
      assertEquals("D1408", answer.get("closest").get("id").asText());
      assertEquals("all", answer.get("scope").asText());
      assertTrue(passerelle(answer, "0102") != null, "0102 among his passerelles");
      assertTrue(answer.get("wish").get("amongPasserelles").asBoolean());
    });
  }

  @Test
  void bad_corrections_scope_and_wish_are_400_in_the_error_shape() {
    JavalinTest.test(app(), (server, client) -> {
      String unknown = assertError(400, personal(server, body("text", CV, "exclude", List.of("0202-C99"))).body());
      assertTrue(unknown.contains("0202-C99"), unknown);
      assertError(400, personal(server, body("text", CV, "include", List.of("ogr-1"))).body());
      assertError(400, personal(server, body("text", CV, "exclude", List.of("pas un id"))).body());
      assertError(400, personal(server, body("text", CV, "exclude", List.of("0102-C01"), "include",
          List.of("0102-C01"))).body());
      assertError(400, personal(server, body("text", CV, "scope", "partout")).body());
      assertError(400, personal(server, body("text", CV, "wish", "0999")).body());
      assertError(400, personal(server, body("text", CV, "wish", "pas un code")).body());
      assertError(400, personal(server, body("text", CV, "exclude", "0202-C01")).body());
    });
  }

  @Test
  void a_chosen_origin_is_kept_and_its_gap_follows_the_text() {
    JavalinTest.test(app(), (server, client) -> {
      var res = personal(server, body("text", CV, "origin", "0106"));
      assertEquals(200, res.statusCode(), res.body());
      JsonNode chosen = RawHttp.json(res.body());
      assertEquals("0106", chosen.get("closest").get("id").asText());
      assertEquals("0106", chosen.get("area").get("origin").get("id").asText());
      assertEquals("0102", chosen.get("corrections").get("textClosest").get("id").asText());
      assertEquals("branch", chosen.get("scope").asText(), "the origin's kind");
      JsonNode plain = RawHttp.json(client.get("/api/v1/metiers/0106/passerelles?full=true").body().string());
      JsonNode mine = RawHttp.json(personal(server, body("text", CV, "origin", "0106", "full", true)).body());
      int shown = 0;
      for (JsonNode g : plain.get("degrees")) {
        for (JsonNode p : g.get("passerelles")) {
          JsonNode own = passerelle(mine, p.get("target").get("id").asText());
          List<String> held = ids(own.get("missing"), "id");
          held.addAll(ids(own.get("evidenced"), "competenceId"));
          assertEquals(new java.util.TreeSet<>(ids(p.get("missing"), "id")), new java.util.TreeSet<>(held));
          shown += own.get("evidenced").size();
        }
      }
      assertTrue(shown > 0, "the CV shows some of what 0106's moves ask");
      JsonNode bank = RawHttp.json(personal(server, body("text", TELECONSEILLER, "origin", "0106")).body());
      assertEquals("0106", bank.get("closest").get("id").asText());
      assertFalse(bank.get("area").equals(chosen.get("area")), "another text, another gap");
      String unknown = assertError(400, personal(server, body("text", CV, "origin", "0999")).body());
      assertTrue(unknown.contains("origin"), unknown);
      assertError(400, personal(server, body("text", CV, "origin", "../etc")).body());
    });
  }

  private static List<Map<String, Object>> items() {
    List<Map<String, Object>> items = new ArrayList<>();
    items.add(body("id", "cv-one-page", "text", CV));
    items.add(body("id", "teleconseiller", "text", TELECONSEILLER, "type", "rome"));
    for (String name : TEXTS) {
      items.add(body("id", name, "text", MatchRoutesIT.resource("/eval/evidence/texts/" + name + ".txt")));
    }
    // a person's own options, as on POST /passerelles
    items.add(body("id", "chosen-0106", "text", CV, "origin", "0106", "include", List.of("0103-C06")));
    items.add(body("id", "wish-0103", "text", CV, "wish", "0103", "exclude", List.of("0202-C01")));
    items.add(body("id", "bad-scope", "text", CV, "scope", "partout"));
    items.add(body("id", "english", "text", MatchRoutesIT.resource("/nlp/cv_english.txt")));
    items.add(body("id", "blank", "text", "   "));
    return items;
  }

  @Test
  void a_batch_answers_each_text_as_one_by_one_and_the_population_s_needs() {
    List<Map<String, Object>> items = items();
    JavalinTest.test(app(), (server, client) -> {
      var res = batch(server, "application/json", JSON.writeValueAsBytes(items));
      assertEquals(200, res.statusCode(), res.body());
      JsonNode answer = RawHttp.json(res.body());
      assertEquals(items.size(), answer.get("count").asInt());
      assertEquals(3, answer.get("failed").asInt());
      Map<String, Integer> population = new HashMap<>();
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = answer.get("items").get(i);
        Map<String, Object> request = items.get(i);
        assertEquals(request.get("id"), item.get("id").asText());
        // one by one: the same answer in a batch of one, the same closest métier as POST /passerelles
        JsonNode alone = RawHttp.json(batch(server, "application/json", JSON.writeValueAsBytes(List.of(request)))
            .body()).get("items").get(0);
        JsonNode expected = alone.deepCopy();
        if (item.get("error").isNull()) {
          assertEquals(expected, item, request.get("id").toString());
          Map<String, Object> single = new LinkedHashMap<>(request);
          single.remove("id");
          JsonNode personal = RawHttp.json(personal(server, single).body());
          assertEquals(personal.get("closest"), item.get("closest"));
          assertEquals(personal.get("matchScore"), item.get("matchScore"));
          assertEquals(personal.get("matchConfident"), item.get("matchConfident"));
          assertFalse(item.get("keyGaps").isEmpty());
          population.merge(item.get("closest").get("id").asText(), 1, Integer::sum);
        } else {
          ((ObjectNode) expected.get("error")).set("requestId", item.get("error").get("requestId"));
          assertEquals(expected, item, "the same error alone");
          ErrorShape.assertError(request.get("id").equals("english") ? 422 : 400, item.get("error").toString());
        }
      }
      JsonNode needs = answer.get("trainingNeeds");
      Map<String, Integer> counted = new HashMap<>();
      needs.get("population").forEach(h -> counted.put(h.get("metier").asText(), h.get("people").asInt()));
      assertEquals(population, counted, "the people answered, by closest métier");
      assertFalse(needs.get("modules").isEmpty());
      assertTrue(needs.get("needs").size() <= BatchHandlers.POPULATION_NEEDS);
      assertEquals("teleconseiller", answer.get("items").get(1).get("id").asText());
      JsonNode chosen = answer.get("items").get(2 + TEXTS.size());
      assertEquals("chosen-0106", chosen.get("id").asText());
      assertEquals("0106", chosen.get("closest").get("id").asText(), "the item's chosen origin");
      assertFalse(ids(chosen.get("keyGaps"), "competenceId").contains("0103-C06"), "an included competence is no need");
      String scope = answer.get("items").get(4 + TEXTS.size()).get("error").get("message").asText();
      assertTrue(scope.contains("scope"), scope);
      if (TestEngine.hasRome()) {
        assertEquals("D1408", answer.get("items").get(1).get("closest").get("id").asText());
      }
    });
  }

  @Test
  void ndjson_streams_one_line_per_text_then_the_summary() {
    List<Map<String, Object>> items = items().subList(0, 4);
    JavalinTest.test(app(), (server, client) -> {
      StringBuilder ndjson = new StringBuilder();
      for (Map<String, Object> item : items) {
        ndjson.append(JSON.writeValueAsString(item)).append('\n');
      }
      ndjson.append("{pas du json\n");
      var res = batch(server, "application/x-ndjson", ndjson.toString().getBytes(StandardCharsets.UTF_8));
      assertEquals(200, res.statusCode(), res.body());
      assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
      String[] lines = res.body().split("\n");
      assertEquals(items.size() + 2, lines.length);
      JsonNode array = RawHttp.json(batch(server, "application/json", JSON.writeValueAsBytes(items)).body());
      for (int i = 0; i < items.size(); i++) {
        assertEquals(array.get("items").get(i), RawHttp.json(lines[i]));
      }
      JsonNode bad = RawHttp.json(lines[items.size()]);
      assertNull(bad.get("id").textValue());
      ErrorShape.assertError(400, bad.get("error").toString());
      JsonNode summary = RawHttp.json(lines[items.size() + 1]);
      assertEquals(items.size() + 1, summary.get("count").asInt());
      assertEquals(1, summary.get("failed").asInt());
      assertEquals(array.get("trainingNeeds"), summary.get("trainingNeeds"));
    });
  }

  @Test
  void a_batch_over_its_bounds_is_413_and_bad_bodies_are_4xx() {
    JavalinTest.test(app(), (server, client) -> {
      List<Map<String, Object>> many = new ArrayList<>();
      for (int i = 0; i <= BatchLimits.DEFAULT_MAX_ITEMS; i++) {
        many.add(body("id", "p" + i, "text", "x"));
      }
      assertError(413, batch(server, "application/json", JSON.writeValueAsBytes(many)).body());
      byte[] huge = JSON.writeValueAsBytes(List.of(body("id", "big", "text", "a".repeat(BatchLimits.DEFAULT_MAX_BYTES))));
      // refused from its Content-Length: sent without 100-continue, the upload races the close
      assertError(413, RawHttp.postExpectingContinue(server, "/api/v1/passerelles/batch", "application/json", huge).body());
      assertError(400, batch(server, "application/json", "[]".getBytes(StandardCharsets.UTF_8)).body());
      assertError(400, batch(server, "application/json", "{\"id\":\"a\"}".getBytes(StandardCharsets.UTF_8)).body());
      assertError(400, batch(server, "application/json",
          "[{\"id\":\"a\",\"text\":\"b\",\"cv\":1}]".getBytes(StandardCharsets.UTF_8)).body());
      assertError(415, batch(server, "text/plain", "bonjour".getBytes(StandardCharsets.UTF_8)).body());
      JsonNode missingId = RawHttp.json(batch(server, "application/json",
          JSON.writeValueAsBytes(List.of(body("text", CV)))).body());
      ErrorShape.assertError(400, missingId.get("items").get(0).get("error").toString());
    });
  }
}
