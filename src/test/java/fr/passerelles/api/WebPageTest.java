package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web page's files as the server sends them: at {@code /}, beside the API, with a policy that
 * allows only this origin, nothing fetched from another site, and every control labelled. The
 * browser tests ({@code WebPage*IT}) check the behaviour.
 */
class WebPageTest {
  private static final Path PUBLIC = Path.of("src/main/resources/public");

  private static Javalin app() {
    return App.create(TestApi.services(), TestApi.config());
  }

  @Test
  void the_page_is_served_at_the_root_in_french_with_a_same_origin_content_security_policy() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/");
      assertEquals(200, res.code());
      assertTrue(header(res, "Content-Type").startsWith("text/html"), header(res, "Content-Type"));
      assertEquals(WebPage.CONTENT_SECURITY_POLICY, header(res, "Content-Security-Policy"));
      assertTrue(WebPage.CONTENT_SECURITY_POLICY.contains("script-src 'self'"));
      assertFalse(WebPage.CONTENT_SECURITY_POLICY.contains("unsafe"), "no inline script or style allowed");
      assertEquals("nosniff", header(res, "X-Content-Type-Options"));
      String html = res.body().string();
      assertTrue(html.startsWith("<!doctype html>\n<html lang=\"fr\">"), html.substring(0, 40));
      assertTrue(html.contains("<script type=\"module\" src=\"js/app.js\"></script>"));
    });
  }

  @Test
  void scripts_are_served_as_javascript_modules_and_styles_as_css() {
    JavalinTest.test(app(), (server, client) -> {
      var js = client.get("/js/app.js");
      assertEquals(200, js.code());
      assertTrue(header(js, "Content-Type").startsWith("text/javascript"), header(js, "Content-Type"));
      assertTrue(js.body().string().contains("import { createApi } from './api.js';"));
      var css = client.get("/css/app.css");
      assertEquals(200, css.code());
      assertTrue(header(css, "Content-Type").startsWith("text/css"), header(css, "Content-Type"));
    });
  }

  @Test
  void the_api_keeps_its_json_errors_beside_the_static_files() {
    JavalinTest.test(app(), (server, client) -> {
      var api = client.get("/api/v1/nope");
      assertEquals("Ressource inconnue : GET /api/v1/nope", assertError(404, api.body().string()));
      var file = client.get("/js/nope.js");
      assertError(404, file.body().string());
      assertEquals(200, client.get("/api/v1/health").code());
    });
  }

  @Test
  void with_cors_origins_configured_the_page_still_calls_the_api_from_its_own_origin() {
    Javalin app = App.create(TestApi.services(), TestApi.config().withCorsOrigins(List.of("https://planning.example.fr")));
    JavalinTest.test(app, (server, client) -> {
      String self = "http://127.0.0.1:" + server.port(); // RawHttp's Host
      // browsers send Origin on a same-origin POST; the engine is still opening here, hence 503
      HttpResponse<String> post = RawHttp.send(server, "POST", "/api/v1/match",
          HttpRequest.BodyPublishers.ofString("{\"text\":\"Chargée d'assistance\"}"),
          "Content-Type", "application/json", "Origin", self);
      assertEquals(503, post.statusCode(), post.body());
      HttpResponse<String> foreign = RawHttp.send(server, "POST", "/api/v1/match",
          HttpRequest.BodyPublishers.ofString("{\"text\":\"Chargée d'assistance\"}"),
          "Content-Type", "application/json", "Origin", "https://evil.example.com");
      assertError(403, foreign.body());
    });
  }

  @Test
  void same_origin_means_the_origin_names_the_host_and_port_the_request_was_sent_to() {
    assertTrue(CorsSetup.sameOrigin("http://127.0.0.1:8080", "127.0.0.1:8080"));
    assertTrue(CorsSetup.sameOrigin("https://Passerelles.example.fr/", "passerelles.example.fr"));
    assertFalse(CorsSetup.sameOrigin("http://127.0.0.1:8081", "127.0.0.1:8080"));
    assertFalse(CorsSetup.sameOrigin("https://evil.example.com", "passerelles.example.fr"));
    assertFalse(CorsSetup.sameOrigin("null", "passerelles.example.fr"));
    assertFalse(CorsSetup.sameOrigin("http://127.0.0.1:8080", null));
  }

  /** Nothing is loaded from another site: the service may run offline, and the policy would block it. */
  @Test
  void no_file_of_the_page_refers_to_another_site() throws IOException {
    Pattern external = Pattern.compile(
        "(?:src|href|action)\\s*=\\s*[\"']?\\s*(?:https?:)?//|url\\(\\s*[\"']?(?:https?:)?//|@import\\s+[\"']?(?:url\\()?\\s*[\"']?(?:https?:)?//"
            + "|from\\s+[\"'](?:https?:)?//|import\\(\\s*[\"'](?:https?:)?//|fetch\\(\\s*[\"'`](?:https?:)?//",
        Pattern.CASE_INSENSITIVE);
    List<String> found = new ArrayList<>();
    for (Path file : files()) {
      Matcher m = external.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        found.add(PUBLIC.relativize(file) + ": " + m.group());
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void every_form_control_has_a_label() throws IOException {
    String html = Files.readString(PUBLIC.resolve("index.html"), StandardCharsets.UTF_8);
    Set<String> labelled = new LinkedHashSet<>();
    Matcher label = Pattern.compile("<label for=\"([^\"]+)\"").matcher(html);
    while (label.find()) {
      labelled.add(label.group(1));
    }
    Matcher control = Pattern.compile("<(?:input|textarea|select)\\b[^>]*\\bid=\"([^\"]+)\"").matcher(html);
    List<String> controls = new ArrayList<>();
    while (control.find()) {
      controls.add(control.group(1));
    }
    assertEquals(List.of("cv-text", "match-type", "competence-q", "competence-items", "competence-type", "competence-family", "rome-code"), controls);
    controls.forEach(id -> assertTrue(labelled.contains(id), "no <label for=\"" + id + "\">"));
  }

  /** The pasted text must never reach innerHTML, storage or the console. */
  @Test
  void the_scripts_never_write_markup_from_strings_nor_keep_or_log_the_text() throws IOException {
    Pattern forbidden = Pattern.compile(
        "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|localStorage|sessionStorage|indexedDB|document\\.cookie|console\\.");
    List<String> found = new ArrayList<>();
    for (Path file : files()) {
      if (file.toString().endsWith(".js")) {
        Matcher m = forbidden.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(PUBLIC.relativize(file) + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), found);
  }

  private static String header(io.javalin.testtools.Response res, String name) {
    List<String> values = res.headers().get(name);
    return values == null ? "" : String.join(", ", values);
  }

  private static List<Path> files() {
    try (Stream<Path> s = Files.walk(PUBLIC)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
