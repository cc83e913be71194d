package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelles.corpus.TestCorpus;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Health, readiness, the OpenAPI document and what every route shares (ids, CORS, 404/405). */
class ServiceRoutesTest {
  private static final String PLANNING = "https://planning.example.fr";

  private static Javalin app() {
    return App.create(TestApi.services(), TestApi.config().withCorsOrigins(List.of(PLANNING)));
  }

  @Test
  void health_answers_up() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/health");
      assertEquals(200, res.code());
      assertEquals("{\"status\":\"UP\"}", res.body().string());
      assertTrue(res.headers().get("Content-Type").get(0).startsWith("application/json"));
    });
  }

  @Test
  void ready_is_503_while_the_engine_opens_and_reports_the_corpus_counts_and_checksum() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/ready");
      assertEquals(503, res.code());
      JsonNode json = RawHttp.json(res.body().string());
      assertEquals("STARTING", json.get("status").asText());
      JsonNode corpus = json.get("corpus");
      assertEquals(TestCorpus.load().checksum(), corpus.get("checksum").asText());
      assertEquals(9, corpus.get("families2009").asInt());
      assertEquals(39, corpus.get("metiers2009").asInt());
      assertEquals(13, corpus.get("families2024").asInt());
      assertEquals(58, corpus.get("metiers2024").asInt());
      assertEquals(TestCorpus.load().sheets().size(), corpus.get("sheets").asInt());
      assertEquals("STARTING", json.get("index").get("state").asText());
      assertTrue(json.get("index").get("sheets").isNull());
      assertTrue(json.get("rome").isNull());
    });
  }

  @Test
  void health_is_up_while_the_engine_opens() {
    JavalinTest.test(app(), (server, client) -> assertEquals(200, client.get("/api/v1/health").code()));
  }

  @Test
  void openapi_document_is_served_as_json() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/openapi.json");
      assertEquals(200, res.code());
      assertTrue(res.headers().get("Content-Type").get(0).startsWith("application/json"));
      JsonNode doc = RawHttp.json(res.body().string());
      assertEquals("3.1.0", doc.get("openapi").asText());
      assertTrue(doc.get("paths").has("/api/v1/metiers/{code}"));
    });
  }

  @Test
  void every_response_carries_a_generated_request_id() {
    JavalinTest.test(app(), (server, client) -> {
      String ok = client.get("/api/v1/health").headers().get(RequestIds.HEADER).get(0);
      var notFound = client.get("/api/v1/metiers/9999");
      String error = notFound.headers().get(RequestIds.HEADER).get(0);
      assertTrue(ok.matches("[0-9a-f-]{36}"), ok);
      assertNotEquals(ok, error);
      assertEquals(error, RawHttp.json(notFound.body().string()).get("requestId").asText(),
          "the error body quotes the same id as the header");
    });
  }

  @Test
  void a_well_formed_incoming_request_id_is_echoed() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/health", req -> req.header(RequestIds.HEADER, "planning-42.abc:7"));
      assertEquals(List.of("planning-42.abc:7"), res.headers().get(RequestIds.HEADER));
    });
  }

  @Test
  void a_malformed_incoming_request_id_is_replaced() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/health", req -> req.header(RequestIds.HEADER, "<script>"));
      String id = res.headers().get(RequestIds.HEADER).get(0);
      assertNotEquals("<script>", id);
      assertTrue(id.matches("[0-9a-f-]{36}"), id);
    });
  }

  @Test
  void unknown_route_gets_404_in_the_error_shape() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/nope");
      assertEquals(404, res.code());
      assertEquals("Ressource inconnue : GET /api/v1/nope", assertError(404, res.body().string()));
    });
  }

  @Test
  void wrong_method_gets_405_with_the_allowed_methods() {
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.send(server, "DELETE", "/api/v1/metiers/0102", HttpRequest.BodyPublishers.noBody());
      assertEquals(405, res.statusCode());
      assertTrue(res.headers().firstValue("Allow").orElse("").contains("GET"), res.headers().map().toString());
      String message = assertError(405, res.body());
      assertTrue(message.contains("DELETE") && message.contains("GET"), message);
    });
  }

  @Test
  void an_unknown_query_parameter_gets_400_naming_it() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/health?verbose=1");
      assertEquals(400, res.code());
      assertEquals("Paramètre inconnu : verbose (cette ressource n'en accepte aucun).", assertError(400, res.body().string()));
    });
  }

  @Test
  void cors_preflight_from_an_allowed_origin_is_answered() {
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.send(server, "OPTIONS", "/api/v1/metiers", HttpRequest.BodyPublishers.noBody(),
          "Origin", PLANNING, "Access-Control-Request-Method", "GET",
          "Access-Control-Request-Headers", "content-type");
      assertEquals(200, res.statusCode());
      assertEquals(PLANNING, res.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      assertEquals("GET", res.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
      assertEquals(String.valueOf(CorsSetup.PREFLIGHT_MAX_AGE), res.headers().firstValue("Access-Control-Max-Age").orElse(null));
    });
  }

  @Test
  void cross_origin_get_from_an_allowed_origin_exposes_the_request_id() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/health", req -> req.header("Origin", PLANNING));
      assertEquals(200, res.code());
      assertEquals(List.of(PLANNING), res.headers().get("Access-Control-Allow-Origin"));
      assertTrue(res.headers().get("Access-Control-Expose-Headers").get(0).contains(RequestIds.HEADER));
    });
  }

  @Test
  void a_request_from_an_unlisted_origin_gets_403_without_cors_headers() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/metiers", req -> req.header("Origin", "https://evil.example.com"));
      assertEquals(403, res.code());
      assertError(403, res.body().string());
      assertEquals(null, res.headers().get("Access-Control-Allow-Origin"));
    });
  }

  @Test
  void without_configured_origins_no_cors_header_is_sent() {
    Javalin app = App.create(TestApi.services(), TestApi.config());
    JavalinTest.test(app, (server, client) -> {
      var res = client.get("/api/v1/health", req -> req.header("Origin", PLANNING));
      assertEquals(200, res.code());
      assertEquals(null, res.headers().get("Access-Control-Allow-Origin"));
    });
  }

  @Test
  void the_access_log_names_the_route_template_and_never_the_query_text() {
    Javalin app = app();
    JavalinTest.test(app, (server, client) -> {
      client.get("/api/v1/metiers/0102?sheet=0102");
      client.get("/api/v1/metiers?family=07&limit=5&offset=1");
    });
    String logs = app.unsafe.appDataManager.get(io.javalin.testtools.TestTool.TestLogsKey);
    assertTrue(logs.contains("fr.passerelles.api.access - GET /api/v1/metiers/{code} 200 "), logs);
    assertTrue(logs.contains("fr.passerelles.api.access - GET /api/v1/metiers 200 "), logs);
    assertFalse(logs.contains("0102?"), logs);
    assertFalse(logs.contains("family=07"), logs);
  }
}
