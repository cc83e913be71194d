package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AccessLogTest {
  private static final String CV = "Jeanne Dupont, chargée d'assistance, 06 12 34 56 78";

  @Test
  void a_line_has_method_route_status_duration_size_and_request_id() {
    assertEquals("POST /api/v1/match 200 12.3ms 456B id=abc-12345678",
        AccessLog.format("POST", "/api/v1/match", 200, 12.34f, 456, "abc-12345678"));
  }

  @Test
  void an_unexpected_method_token_is_not_copied_into_the_log() {
    assertTrue(AccessLog.format("GET\nforged line", "-", 400, 0f, 0, "id-12345678").startsWith("OTHER - 400"));
  }

  @Test
  void a_request_is_logged_once_without_its_body_path_values_or_query() {
    List<String> lines = new CopyOnWriteArrayList<>();
    ApiConfig config = TestApi.config();
    TextBodyReader bodies = new TextBodyReader(config);
    Javalin app = Javalin.create(javalin -> {
      ApiFoundation.install(javalin, config, new AccessLog(lines::add));
      javalin.routes.post("/cv/{owner}", ctx -> ctx.json(Map.of("chars", bodies.readText(ctx).length())));
    });
    // clearCookies off: JavalinTest would otherwise send (and we would log) a request of its own
    JavalinTest.test(app, new TestConfig(false), (server, client) -> {
      var res = RawHttp.post(server, "/cv/jeanne.dupont?q=Dupont", "text/plain", CV.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, res.statusCode());
      var rejected = RawHttp.post(server, "/cv/jeanne.dupont", "text/html", CV.getBytes(StandardCharsets.UTF_8));
      assertEquals(415, rejected.statusCode());
      var unknown = client.get("/nope/Dupont");
      assertEquals(404, unknown.code());
    });
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("POST /cv/\\{owner} 200 \\d+\\.\\dms 12B id=[0-9a-f-]{36}"), lines.get(0));
    assertTrue(lines.get(1).startsWith("POST /cv/{owner} 415 "), lines.get(1));
    assertTrue(lines.get(2).startsWith("GET - 404 "), lines.get(2));
    for (String line : lines) {
      assertFalse(line.contains("Dupont") || line.contains("dupont") || line.contains("06 12"), line);
    }
  }
}
