package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The contract of issue 11 that needs no engine (the engine is still opening, so a request that
 * passes every check gets the engine's 503): content types, strict JSON binding, ids, query
 * parameters, echoes, empty texts and the headers of every API answer. Each case answered a 500,
 * a 200 or a looser status on the main branch before the issue.
 */
class ContractRoutesTest {
  private static final String V1 = App.V1;
  private static final String TEXT = "J'organise des rapatriements sanitaires et je gère les réclamations.";
  private static final List<String> BODY_ROUTES = List.of(V1 + "/match", V1 + "/passerelles", V1 + "/training-needs");
  /** Every GET route with a valid request (engine routes answer 503 here, the others 200). */
  private static final List<String> GET_ROUTES = List.of(
      V1 + "/health", V1 + "/ready", V1 + "/families", V1 + "/metiers", V1 + "/metiers/0102", V1 + "/sheets/0104-03",
      V1 + "/rome/M1601", V1 + "/competences?q=accueil", V1 + "/metiers/0102/passerelles", V1 + "/gap?from=0102&to=0103",
      V1 + "/training-needs?code=0102", V1 + "/synthesis.csv", "/openapi.json");

  private static Javalin app() {
    return App.create(TestApi.services(), TestApi.config());
  }

  private static HttpResponse<String> post(Javalin server, String path, String contentType, String body) throws Exception {
    return RawHttp.post(server, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String rejected(int status, HttpResponse<String> res) {
    assertEquals(status, res.statusCode(), res.body());
    return assertError(status, res.body());
  }

  private static String json(String fields) {
    return "{\"text\": \"" + TEXT + "\"" + fields + "}";
  }

  @ParameterizedTest(name = "Content-Type: [{0}]")
  @ValueSource(strings = {";", " ;", ";;;", "; charset=utf-8", "=;="})
  void an_empty_media_type_gets_415_on_every_body_route(String contentType) {
    JavalinTest.test(app(), (server, client) -> {
      for (String route : BODY_ROUTES) {
        assertTrue(rejected(415, post(server, route, contentType, json(""))).startsWith("Type de contenu non pris en charge"),
            route);
      }
    });
  }

  @ParameterizedTest(name = "Content-Type: [{0}]")
  @ValueSource(strings = {"x; charset", "application/json; charset", "application/json;charset=", "text/plain; charset = ; a"})
  void a_charset_without_value_gets_415_on_body_routes_and_is_ignored_by_get_routes(String contentType) {
    JavalinTest.test(app(), (server, client) -> {
      for (String route : BODY_ROUTES) {
        assertTrue(rejected(415, post(server, route, contentType, json(""))).startsWith("Type de contenu non pris en charge")
            || contentType.startsWith("application/json") || contentType.startsWith("text/plain"), route);
        assertTrue(post(server, route, contentType, json("")).statusCode() == 415, route);
      }
      for (String route : GET_ROUTES) {
        var res = RawHttp.send(server, "GET", route, HttpRequest.BodyPublishers.noBody(), "Content-Type", contentType);
        assertTrue(res.statusCode() == 200 || res.statusCode() == 503, route + " → " + res.statusCode() + " " + res.body());
      }
      assertEquals(200, RawHttp.send(server, "GET", V1 + "/metiers?family=01&limit=2", HttpRequest.BodyPublishers.noBody(),
          "Content-Type", contentType).statusCode());
    });
  }

  @Test
  void post_training_needs_takes_only_json() {
    String body = "{\"population\": [{\"metier\": \"0102\", \"people\": 12}]}";
    JavalinTest.test(app(), (server, client) -> {
      String route = V1 + "/training-needs";
      assertEquals("En-tête Content-Type manquant : envoyer application/json.",
          rejected(415, RawHttp.send(server, "POST", route, HttpRequest.BodyPublishers.ofString(body))));
      assertEquals("Type de contenu non pris en charge : envoyer application/json.",
          rejected(415, post(server, route, "application/x-www-form-urlencoded", body)));
      assertEquals("Type de contenu non pris en charge : envoyer application/json.",
          rejected(415, post(server, route, "text/plain", body)));
      assertEquals(503, post(server, route, "application/json; charset=UTF-8", body).statusCode());
    });
  }

  @Test
  void json_scalars_are_never_coerced() {
    JavalinTest.test(app(), (server, client) -> {
      String match = V1 + "/match";
      assertEquals("Corps JSON invalide : le champ « text » attend une chaîne de caractères.",
          rejected(400, post(server, match, "application/json", "{\"text\": true}")));
      assertEquals("Corps JSON invalide : le champ « text » attend une chaîne de caractères.",
          rejected(400, post(server, match, "application/json", "{\"text\": 12345}")));
      assertEquals("Corps JSON invalide : le champ « text » attend une chaîne de caractères.",
          rejected(400, post(server, V1 + "/passerelles", "application/json", "{\"text\": 1.5}")));
      for (String limit : List.of("\"5\"", "2.5", "1.9", "1e1", "true")) {
        assertEquals("Corps JSON invalide : le champ « limit » attend un nombre entier.",
            rejected(400, post(server, match, "application/json", json(", \"limit\": " + limit))), limit);
      }
      assertEquals("Corps JSON invalide : le champ « type » attend une chaîne de caractères.",
          rejected(400, post(server, match, "application/json", json(", \"type\": 1"))));
      String needs = V1 + "/training-needs";
      for (String people : List.of("2.5", "\"12\"", "null", "[12]")) {
        assertEquals("Corps JSON invalide : le champ « population[0].people » attend un nombre entier.",
            rejected(400, post(server, needs, "application/json",
                "{\"population\": [{\"metier\": \"0102\", \"people\": " + people + "}]}")), people);
      }
      assertEquals("Corps JSON invalide : le champ « population » attend une liste.",
          rejected(400, post(server, needs, "application/json", "{\"population\": \"0102\"}")));
    });
  }

  @Test
  void an_integer_out_of_range_is_named_not_called_malformed() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Corps JSON invalide : valeur hors limites pour le champ « limit » (nombre entier attendu).",
          rejected(400, post(server, V1 + "/match", "application/json", json(", \"limit\": 2147483648"))));
      assertEquals("Corps JSON invalide : valeur hors limites pour le champ « population[0].people » (nombre entier attendu).",
          rejected(400, post(server, V1 + "/training-needs", "application/json",
              "{\"population\": [{\"metier\": \"0102\", \"people\": 99999999999999999999}]}")));
      assertEquals("Paramètre invalide : limit (entier de 1 à 100 attendu).",
          rejected(400, post(server, V1 + "/match?limit=2147483648", "text/plain", TEXT)));
    });
  }

  @Test
  void a_body_that_is_not_an_object_is_named() {
    JavalinTest.test(app(), (server, client) -> {
      for (String body : List.of("null", "[]", "\"texte\"", "12")) {
        assertEquals("Corps JSON invalide : objet JSON attendu.",
            rejected(400, post(server, V1 + "/match", "application/json", body)), body);
      }
    });
  }

  @Test
  void malformed_ids_get_400_on_every_route_and_are_never_echoed() {
    String huge = "9".repeat(7000);
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Paramètre invalide : code (code de métier (0102), de fiche (0104-03) ou ROME (M1601) attendu).",
          rejected(400, RawHttp.send(server, "GET", V1 + "/metiers/abc/passerelles", HttpRequest.BodyPublishers.noBody())));
      assertEquals("Paramètre invalide : from (code de métier (0102), de fiche (0104-03) ou ROME (M1601) attendu).",
          rejected(400, RawHttp.send(server, "GET", V1 + "/gap?from=../&to=0102", HttpRequest.BodyPublishers.noBody())));
      assertEquals("Paramètre invalide : code (code de métier (0102), de fiche (0104-03) ou ROME (M1601) attendu).",
          rejected(400, RawHttp.send(server, "GET", V1 + "/training-needs?code=" + huge, HttpRequest.BodyPublishers.noBody())));
      var res = RawHttp.send(server, "GET", V1 + "/metiers/" + huge + "/passerelles", HttpRequest.BodyPublishers.noBody());
      rejected(400, res);
      assertTrue(res.body().length() < 300, res.body());
      assertEquals("Paramètre invalide : metier (code de métier (0102), de fiche (0104-03) ou ROME (M1601) attendu).",
          rejected(400, post(server, V1 + "/training-needs", "application/json",
              "{\"population\": [{\"metier\": \"" + huge + "\", \"people\": 3}]}")));
    });
  }

  @Test
  void an_unknown_path_is_echoed_as_a_short_excerpt() {
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.send(server, "GET", V1 + "/nope/" + "x".repeat(7000), HttpRequest.BodyPublishers.noBody());
      String message = rejected(404, res);
      assertEquals("Ressource inconnue : GET " + (V1 + "/nope/" + "x".repeat(40)).substring(0, ErrorResponses.MAX_ECHO) + "…",
          message);
    });
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00A0", "3000", "2007", "202F", "200B", "FEFF", "2028"})
  void a_text_of_invisible_characters_only_is_empty(String hex) {
    String blank = (Character.toString(Integer.parseInt(hex, 16)) + " ").repeat(5);
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Le texte est vide.", rejected(400, post(server, V1 + "/match", "text/plain", blank)));
      assertEquals("Le texte est vide.", rejected(400, post(server, V1 + "/passerelles", "application/json",
          "{\"text\": \"" + blank + "\"}")));
    });
  }

  @Test
  void a_repeated_query_parameter_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Paramètre répété : limit (une seule valeur attendue).",
          rejected(400, post(server, V1 + "/match?limit=1&limit=5", "text/plain", TEXT)));
      assertEquals("Paramètre répété : limit (une seule valeur attendue).",
          assertError(400, client.get(V1 + "/metiers?limit=1&limit=5").body().string()));
      assertEquals("Paramètre répété : q (une seule valeur attendue).",
          assertError(400, client.get(V1 + "/competences?q=accueil&q=gestion").body().string()));
    });
  }

  @Test
  void a_query_string_is_decoded_as_utf_8_whatever_the_content_type() {
    assertEquals(java.util.Map.of("q", "réclamation client", "limit", "5"),
        QueryParams.parse("q=r%C3%A9clamation+client&&limit=5"));
    var e = org.junit.jupiter.api.Assertions.assertThrows(io.javalin.http.BadRequestResponse.class,
        () -> QueryParams.parse("family=%4"));
    assertEquals("Paramètres de l'adresse mal encodés (séquence % invalide).", e.getMessage());
  }

  @Test
  void every_api_answer_is_no_store_and_nosniff() {
    JavalinTest.test(app(), (server, client) -> {
      List<HttpResponse<String>> answers = new java.util.ArrayList<>();
      for (String route : GET_ROUTES) {
        answers.add(RawHttp.send(server, "GET", route, HttpRequest.BodyPublishers.noBody()));
      }
      answers.add(RawHttp.send(server, "GET", V1 + "/nope", HttpRequest.BodyPublishers.noBody()));
      answers.add(RawHttp.send(server, "DELETE", V1 + "/metiers/0102", HttpRequest.BodyPublishers.noBody()));
      answers.add(post(server, V1 + "/match", "application/json", json("")));
      answers.add(post(server, V1 + "/match", "text/html", TEXT));
      for (HttpResponse<String> res : answers) {
        String what = res.request().method() + " " + res.uri() + " → " + res.statusCode();
        assertEquals("no-store", res.headers().firstValue("Cache-Control").orElse(null), what);
        assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(null), what);
      }
      var page = RawHttp.send(server, "GET", "/", HttpRequest.BodyPublishers.noBody());
      assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(null), "the web page revalidates");
    });
  }
}
