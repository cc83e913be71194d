package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelles.Passerelles;
import fr.passerelles.corpus.Activity;
import fr.passerelles.corpus.Competence;
import fr.passerelles.corpus.Sheet;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.testing.Gen;
import fr.passerelles.testing.PropertyCheck;
import fr.passerelles.testing.Unicode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of the API over real HTTP and of the analyzers, against the real engine
 * (index built once in a temporary folder): random Unicode, French-like token soup drawn from the
 * corpus's own words, random JSON shapes, content types, query strings and ids. Whatever the input:
 * never a 5xx, every error in the one error shape, and never more than a short excerpt of the input
 * quoted back. A failing property prints its seed and input; {@code -Dfuzz.seed=…} replays it
 * ({@link PropertyCheck}). 300 tries per property in {@code bin/test}; {@code -Dfuzz.tries=2000
 * -Dfuzz.seed=random} for the long run (docs/performance.md).
 */
class RobustnessFuzzIT {
  private static final int TRIES = 300;
  private static final Set<Integer> ERRORS = Set.of(400, 404, 405, 413, 415, 422);
  private static final String V1 = App.V1;
  private static Path tmp;
  private static Passerelles engine;
  private static Javalin app;
  private static List<String> words;

  @BeforeAll
  static void start() throws IOException {
    tmp = Files.createTempDirectory("passerelles-fuzz");
    engine = TestEngine.open(tmp);
    // small limits keep each try cheap and let the fuzzer reach them
    app = App.create(TestEngine.services(engine), TestApi.config().withLimits(64 * 1024, 4000, 100)).start(0);
    Set<String> vocabulary = new TreeSet<>();
    for (Sheet s : TestCorpus.load().sheets()) {
      Stream.concat(s.activities().stream().map(Activity::text), s.competences().stream().map(Competence::text))
          .flatMap(t -> Stream.of(t.split("[\\s,.;:()]+")))
          .filter(w -> !w.isBlank())
          .forEach(vocabulary::add);
    }
    words = List.copyOf(vocabulary);
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    app = null;
    engine.close();
    engine = null; // a closed engine still holds its profiles: let the fork reclaim them
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  // ---- properties ---------------------------------------------------------------------------

  private record TextTry(String text, String route) {
  }

  @Test
  void any_text_on_any_text_route_gets_an_answer_or_a_clean_error() {
    PropertyCheck.forAll("any text on any text route gets an answer or a clean error", TRIES,
        Gen.combine(texts(), textRoutes(), TextTry::new), t -> {
          HttpResponse<String> res = switch (t.route()) {
            case "match-plain" -> post(V1 + "/match", "text/plain; charset=utf-8", t.text().getBytes(StandardCharsets.UTF_8));
            case "match-json" -> post(V1 + "/match", "application/json", ("{\"text\": " + quote(t.text()) + "}")
                .getBytes(StandardCharsets.UTF_8));
            default -> post(V1 + "/passerelles", "application/json", ("{\"text\": " + quote(t.text()) + ", \"type\": \"branch\"}")
                .getBytes(StandardCharsets.UTF_8));
          };
          assertAnswered(res, t.text());
        });
  }

  private record BodyTry(String body, String contentType, String route) {
  }

  @Test
  void any_json_body_with_any_content_type_gets_a_clean_answer() {
    PropertyCheck.forAll("any json body with any content type gets a clean answer", TRIES,
        Gen.combine(jsonBodies(), contentTypes(), bodyRoutes(), BodyTry::new),
        t -> assertAnswered(post(t.route(), t.contentType(), t.body().getBytes(StandardCharsets.UTF_8)), t.body()));
  }

  private record GetTry(String route, String query) {
  }

  @Test
  void any_query_string_or_id_on_any_get_route_gets_a_clean_answer() {
    PropertyCheck.forAll("any query string or id on any get route gets a clean answer", TRIES,
        Gen.combine(getRoutes(), queryStrings(), GetTry::new), t -> {
          HttpResponse<String> res = RawHttp.send(app, "GET", t.route() + (t.query().isEmpty() ? "" : "?" + t.query()),
              HttpRequest.BodyPublishers.noBody());
          assertAnswered(res, t.query());
        });
  }

  private record HeaderTry(String contentType, String requestId, String accept) {
  }

  @Test
  void any_headers_get_a_clean_answer() {
    PropertyCheck.forAll("any headers get a clean answer", TRIES,
        Gen.combine(headerValues(), headerValues(), headerValues(), HeaderTry::new), t -> {
          for (String route : List.of(V1 + "/health", V1 + "/metiers?limit=2", V1 + "/match")) {
            HttpRequest.BodyPublisher body = route.endsWith("/match")
                ? HttpRequest.BodyPublishers.ofString("Je gère les réclamations des clients.") : HttpRequest.BodyPublishers.noBody();
            HttpResponse<String> res = RawHttp.send(app, route.endsWith("/match") ? "POST" : "GET", route, body,
                "Content-Type", t.contentType(), "X-Request-Id", t.requestId(), "Accept", t.accept());
            assertAnswered(res, t.contentType());
          }
        });
  }

  @Test
  void the_analyzers_and_the_matcher_take_any_text() {
    PropertyCheck.forAll("the analyzers and the matcher take any text", TRIES, texts(), text -> {
      for (Analyzer analyzer : List.of(engine.analysis().queryAnalyzer(), engine.analysis().indexAnalyzer())) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
          ts.reset();
          while (ts.incrementToken()) {
            // consume: offsets and filters run on every token
          }
          ts.end();
        }
      }
      try {
        assertTrue(engine.textMatcher().match(text, MatchOptions.DEFAULT).matches().size() <= MatchOptions.DEFAULT_LIMIT);
      } catch (NotFrenchException refused) {
        // a verdict, not a crash
      }
    });
  }

  // ---- checks -------------------------------------------------------------------------------

  /** Never a 5xx; an error has the one shape and quotes at most a short excerpt of the input. */
  private static void assertAnswered(HttpResponse<String> res, String input) {
    int status = res.statusCode();
    assertTrue(status < 500, () -> status + " " + res.body());
    if (status >= 400) {
      assertTrue(ERRORS.contains(status), () -> "unexpected status " + status + " " + res.body());
      assertEquals("no-store", res.headers().firstValue("Cache-Control").orElse(null));
      JsonNode json = RawHttp.json(res.body());
      assertEquals(List.of("status", "error", "message", "requestId"), fieldNames(json), res.body());
      assertEquals(status, json.get("status").asInt());
      String message = json.get("message").asText();
      assertFalse(message.isBlank());
      assertTrue(message.length() < 300, message);
      int excerpt = ErrorResponses.MAX_ECHO + 1;
      for (int i = 0; i + excerpt <= input.length(); i += 16) {
        String window = input.substring(i, i + excerpt);
        assertFalse(!window.isBlank() && message.contains(window), () -> "echoes the input: " + message);
      }
    }
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    return RawHttp.post(app, path, contentType, body);
  }

  /** A JSON string literal; every non-ASCII char escaped, lone surrogates included. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  // ---- generators ---------------------------------------------------------------------------

  private static Gen<String> texts() {
    Gen<String> unicode = Unicode.anyString(0, 300);
    Gen<String> scripts = Gen.strings(Gen.oneOf(Gen.chars('\u4e00', '\u4fff'), Gen.chars('\u0400', '\u04ff'),
        Gen.chars('\u0600', '\u06ff'), Unicode.charsOf(" \u00a0\u3000\u200b\ufeff\n\t")), 0, 200);
    return Gen.<String>frequency(
        Gen.weight(5, soup()), Gen.weight(2, unicode), Gen.weight(1, scripts),
        Gen.weight(1, Gen.combine(soup(), unicode, (a, b) -> a + b)),
        Gen.weight(1, soup().map(s -> s.repeat(1 + 4100 / Math.max(1, s.length())))));
  }

  /** French-like token soup: words of the corpus's own sheets with ordinary separators. */
  private static Gen<String> soup() {
    Gen<String> word = Gen.of(words);
    Gen<String> separator = Gen.of(" ", " ", " ", ", ", " et ", ". ", "\n", " / ", " : ", " - ", "'", "(e) ");
    return Gen.combine(word, separator, (w, s) -> w + s).list(1, 60).map(parts -> String.join("", parts));
  }

  private static Gen<String> textRoutes() {
    return Gen.of("match-plain", "match-json", "passerelles");
  }

  private static Gen<String> bodyRoutes() {
    return Gen.of(V1 + "/match", V1 + "/passerelles", V1 + "/training-needs");
  }

  private static Gen<String> contentTypes() {
    return Gen.oneOf(
        Gen.of("application/json", "application/json; charset=utf-8", "APPLICATION/JSON;CHARSET=\"UTF-8\"",
            "text/plain", "text/plain; charset=iso-8859-1", ";", " ;", ";;;", "x; charset", "application/json; charset",
            "application/json;charset=", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*"),
        Gen.strings(Gen.chars(' ', '~'), 0, 40).withEdgeCases(List.of("", " ")));
  }

  private static Gen<String> headerValues() {
    return Gen.oneOf(
        Gen.strings(Gen.chars('!', '~'), 1, 80),
        Gen.of("application/json", "x; charset", ";", "text/plain; charset=utf-8", "a".repeat(64), "*/*"));
  }

  /** Random JSON: the routes' own fields with values of every type, other fields, other shapes. */
  private static Gen<String> jsonBodies() {
    Gen<String> scalar = Gen.oneOf(
        Gen.of("null", "true", "false", "0", "-1", "1", "2.5", "1e3", "2147483648", "-2147483649",
            "99999999999999999999999", "\"\"", "\"5\"", "\"0102\"", "\"rome\"", "\"branch\"", "\"K\"", "\"01\"", "[]", "{}",
            "\"\\ud800\"", "\"\\u0000\""),
        Unicode.anyString(0, 30).map(RobustnessFuzzIT::quote),
        soup().map(RobustnessFuzzIT::quote));
    Gen<String> name = Gen.of("text", "limit", "type", "family", "population", "metier", "people", "txt", "",
        "\\u0074ext");
    Gen<String> headcount = Gen.combine(scalar, scalar, (m, p) -> "{\"metier\": " + m + ", \"people\": " + p + "}");
    Gen<String> population = headcount.list(0, 4).map(l -> "[" + String.join(", ", l) + "]");
    Gen<String> value = Gen.oneOf(scalar, population);
    Gen<String> member = Gen.combine(name, value, (n, v) -> "\"" + n + "\": " + v);
    Gen<String> object = member.list(0, 5).map(l -> "{" + String.join(", ", l) + "}");
    return Gen.oneOf(object, object, scalar, population,
        object.map(o -> o + " trailing"), object.map(o -> o.substring(0, o.length() / 2)),
        Unicode.anyString(0, 100));
  }

  private static Gen<String> getRoutes() {
    Gen<String> id = Gen.oneOf(
        Gen.of("0102", "0104-03", "M1601", "9999", "abc", "..", "%2e%2e", "0102-v2", "Z9999", "m1601"),
        Unicode.anyString(1, 200).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)));
    return Gen.oneOf(
        Gen.of(V1 + "/health", V1 + "/ready", V1 + "/families", V1 + "/metiers", V1 + "/competences",
            V1 + "/gap", V1 + "/training-needs", V1 + "/synthesis.csv", "/openapi.json"),
        id.map(c -> V1 + "/metiers/" + c), id.map(c -> V1 + "/metiers/" + c + "/passerelles"),
        id.map(c -> V1 + "/sheets/" + c), id.map(c -> V1 + "/rome/" + c));
  }

  private static Gen<String> queryStrings() {
    Gen<String> name = Gen.of("limit", "offset", "family", "type", "q", "kind", "items", "scope", "code",
        "from", "to", "version", "sheet", "familly", "");
    Gen<String> value = Gen.oneOf(
        Gen.of("", "1", "0", "-1", "100", "101", "2147483648", "abc", "01", "K", "rome", "branch", "all",
            "0102", "M1601", "../", "gestion des réclamations", "le la les"),
        Unicode.anyString(0, 60),
        soup());
    Gen<String> pair = Gen.combine(name, value, (n, v) -> n + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
    return pair.list(0, 4).map(l -> String.join("&", l));
  }
}
