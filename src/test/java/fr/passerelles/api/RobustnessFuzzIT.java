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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Property-based fuzzing of the API over real HTTP and of the analyzers, against the real engine
 * (index built once in a temporary folder): random Unicode, French-like token soup drawn from the
 * corpus's own words, random JSON shapes, content types, query strings and ids. Whatever the input:
 * never a 5xx, every error in the one error shape, and never more than a short excerpt of the input
 * quoted back. jqwik prints the seed of a failing property; rerun it with {@code @Property(seed =
 * "…")}. 300 tries per property in {@code bin/test}; {@code -Djqwik.tries.default=2000} for the long
 * run (docs/performance.md).
 */
class RobustnessFuzzIT {
  private static final Set<Integer> ERRORS = Set.of(400, 404, 405, 413, 415, 422);
  private static final String V1 = App.V1;
  private static Path tmp;
  private static Passerelles engine;
  private static Javalin app;
  private static List<String> words;

  @BeforeContainer
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

  @AfterContainer
  static void stop() throws IOException {
    app.stop();
    engine.close();
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  // ---- properties ---------------------------------------------------------------------------

  @Property
  void any_text_on_any_text_route_gets_an_answer_or_a_clean_error(
      @ForAll("texts") String text, @ForAll("textRoutes") String route) throws Exception {
    HttpResponse<String> res = switch (route) {
      case "match-plain" -> post(V1 + "/match", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
      case "match-json" -> post(V1 + "/match", "application/json", ("{\"text\": " + quote(text) + "}").getBytes(StandardCharsets.UTF_8));
      default -> post(V1 + "/passerelles", "application/json", ("{\"text\": " + quote(text) + ", \"type\": \"branch\"}")
          .getBytes(StandardCharsets.UTF_8));
    };
    assertAnswered(res, text);
  }

  @Property
  void any_json_body_with_any_content_type_gets_a_clean_answer(
      @ForAll("jsonBodies") String body, @ForAll("contentTypes") String contentType,
      @ForAll("bodyRoutes") String route) throws Exception {
    assertAnswered(post(route, contentType, body.getBytes(StandardCharsets.UTF_8)), body);
  }

  @Property
  void any_query_string_or_id_on_any_get_route_gets_a_clean_answer(
      @ForAll("getRoutes") String route, @ForAll("queryStrings") String query) throws Exception {
    HttpResponse<String> res = RawHttp.send(app, "GET", route + (query.isEmpty() ? "" : "?" + query),
        HttpRequest.BodyPublishers.noBody());
    assertAnswered(res, query);
  }

  @Property
  void any_headers_get_a_clean_answer(
      @ForAll("headerValues") String contentType, @ForAll("headerValues") String requestId,
      @ForAll("headerValues") String accept) throws Exception {
    for (String route : List.of(V1 + "/health", V1 + "/metiers?limit=2", V1 + "/match")) {
      HttpRequest.BodyPublisher body = route.endsWith("/match")
          ? HttpRequest.BodyPublishers.ofString("Je gère les réclamations des clients.") : HttpRequest.BodyPublishers.noBody();
      HttpResponse<String> res = RawHttp.send(app, route.endsWith("/match") ? "POST" : "GET", route, body,
          "Content-Type", contentType, "X-Request-Id", requestId, "Accept", accept);
      assertAnswered(res, contentType);
    }
  }

  @Property
  void the_analyzers_and_the_matcher_take_any_text(@ForAll("texts") String text) throws IOException {
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

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(0).ofMaxLength(300);
    Arbitrary<String> scripts = Arbitraries.strings()
        .withCharRange('\u4e00', '\u4fff').withCharRange('\u0400', '\u04ff').withCharRange('\u0600', '\u06ff')
        .withChars(' ', '\u00a0', '\u3000', '\u200b', '\ufeff', '\n', '\t').ofMaxLength(200);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, soup()), net.jqwik.api.Tuple.of(2, unicode), net.jqwik.api.Tuple.of(1, scripts),
        net.jqwik.api.Tuple.of(1, Combinators.combine(soup(), unicode).as((a, b) -> a + b)),
        net.jqwik.api.Tuple.of(1, soup().map(s -> s.repeat(1 + 4100 / Math.max(1, s.length())))));
  }

  /** French-like token soup: words of the corpus's own sheets with ordinary separators. */
  private Arbitrary<String> soup() {
    Arbitrary<String> word = Arbitraries.of(words).map(w -> w);
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", ", ", " et ", ". ", "\n", " / ", " : ", " - ", "'", "(e) ");
    return Combinators.combine(word, separator).as((w, s) -> w + s).list().ofMinSize(1).ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> textRoutes() {
    return Arbitraries.of("match-plain", "match-json", "passerelles");
  }

  @Provide
  Arbitrary<String> bodyRoutes() {
    return Arbitraries.of(V1 + "/match", V1 + "/passerelles", V1 + "/training-needs");
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of("application/json", "application/json; charset=utf-8", "APPLICATION/JSON;CHARSET=\"UTF-8\"",
            "text/plain", "text/plain; charset=iso-8859-1", ";", " ;", ";;;", "x; charset", "application/json; charset",
            "application/json;charset=", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*"),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40));
  }

  @Provide
  Arbitrary<String> headerValues() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(80),
        Arbitraries.of("application/json", "x; charset", ";", "text/plain; charset=utf-8", "a".repeat(64), "*/*"));
  }

  /** Random JSON: the routes' own fields with values of every type, other fields, other shapes. */
  @Provide
  Arbitrary<String> jsonBodies() {
    Arbitrary<String> scalar = Arbitraries.oneOf(
        Arbitraries.of("null", "true", "false", "0", "-1", "1", "2.5", "1e3", "2147483648", "-2147483649",
            "99999999999999999999999", "\"\"", "\"5\"", "\"0102\"", "\"rome\"", "\"branch\"", "\"K\"", "\"01\"", "[]", "{}",
            "\"\\ud800\"", "\"\\u0000\""),
        Arbitraries.strings().ofMaxLength(30).map(RobustnessFuzzIT::quote),
        soup().map(RobustnessFuzzIT::quote));
    Arbitrary<String> name = Arbitraries.of("text", "limit", "type", "family", "population", "metier", "people", "txt", "",
        "\\u0074ext");
    Arbitrary<String> headcount = Combinators.combine(scalar, scalar)
        .as((m, p) -> "{\"metier\": " + m + ", \"people\": " + p + "}");
    Arbitrary<String> population = headcount.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
    Arbitrary<String> value = Arbitraries.oneOf(scalar, population);
    Arbitrary<String> member = Combinators.combine(name, value).as((n, v) -> "\"" + n + "\": " + v);
    Arbitrary<String> object = member.list().ofMaxSize(5).map(l -> "{" + String.join(", ", l) + "}");
    return Arbitraries.oneOf(object, object, scalar, population,
        object.map(o -> o + " trailing"), object.map(o -> o.substring(0, o.length() / 2)),
        Arbitraries.strings().all().ofMaxLength(100));
  }

  @Provide
  Arbitrary<String> getRoutes() {
    Arbitrary<String> id = Arbitraries.oneOf(
        Arbitraries.of("0102", "0104-03", "M1601", "9999", "abc", "..", "%2e%2e", "0102-v2", "Z9999", "m1601"),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(200).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8)));
    return Arbitraries.oneOf(
        Arbitraries.of(V1 + "/health", V1 + "/ready", V1 + "/families", V1 + "/metiers", V1 + "/competences",
            V1 + "/gap", V1 + "/training-needs", V1 + "/synthesis.csv", "/openapi.json"),
        id.map(c -> V1 + "/metiers/" + c), id.map(c -> V1 + "/metiers/" + c + "/passerelles"),
        id.map(c -> V1 + "/sheets/" + c), id.map(c -> V1 + "/rome/" + c));
  }

  @Provide
  Arbitrary<String> queryStrings() {
    Arbitrary<String> name = Arbitraries.of("limit", "offset", "family", "type", "q", "kind", "items", "scope", "code",
        "from", "to", "version", "sheet", "familly", "");
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.of("", "1", "0", "-1", "100", "101", "2147483648", "abc", "01", "K", "rome", "branch", "all",
            "0102", "M1601", "../", "gestion des réclamations", "le la les"),
        Arbitraries.strings().all().ofMaxLength(60),
        soup());
    Arbitrary<String> pair = Combinators.combine(name, value)
        .as((n, v) -> n + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
    return pair.list().ofMaxSize(4).map(l -> String.join("&", l));
  }
}
