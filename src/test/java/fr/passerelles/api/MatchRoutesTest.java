package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /match} before the engine is involved: body and option checks (they answer while the
 * engine is still opening) and the 503 until it is open. Matching itself: EngineRoutesIT.
 */
class MatchRoutesTest {
  private static final String PATH = "/api/v1/match";
  private static final String TEXT = "J'organise des rapatriements sanitaires et je gère les réclamations.";

  private static Javalin app() {
    return App.create(TestApi.services(), TestApi.config().withLimits(4096, 1000, 50));
  }

  private static HttpResponse<String> post(Javalin server, String path, String contentType, String body) throws Exception {
    return RawHttp.post(server, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String rejected(int status, HttpResponse<String> res) {
    assertEquals(status, res.statusCode(), res.body());
    return assertError(status, res.body());
  }

  @Test
  void a_valid_request_gets_503_with_retry_after_while_the_engine_opens() {
    JavalinTest.test(app(), (server, client) -> {
      var res = post(server, PATH, "application/json", "{\"text\": \"" + TEXT + "\"}");
      assertEquals("Le moteur de recherche démarre (ouverture de l'index) : réessayer dans quelques secondes.",
          rejected(503, res));
      assertEquals(String.valueOf(EngineHolder.RETRY_AFTER_SECONDS), res.headers().firstValue("Retry-After").orElse(null));
    });
  }

  @Test
  void an_empty_or_blank_text_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Le texte est vide.", rejected(400, post(server, PATH, "application/json", "{\"text\": \"  \"}")));
      assertEquals("Le texte est vide.", rejected(400, post(server, PATH, "text/plain", " \n ")));
      assertEquals("Corps JSON invalide : champ « text » obligatoire.",
          rejected(400, post(server, PATH, "application/json", "{\"limit\": 3}")));
    });
  }

  @Test
  void a_text_over_the_limit_gets_413() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Texte trop long : 1001 caractères pour 1000 au plus.",
          rejected(413, post(server, PATH, "text/plain", "a".repeat(1001))));
      assertEquals("Corps de requête trop volumineux : 4096 octets au plus.",
          rejected(413, post(server, PATH, "text/plain", "a".repeat(5000))));
    });
  }

  @Test
  void a_body_neither_json_nor_plain_text_gets_415() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Type de contenu non pris en charge : envoyer application/json ou text/plain.",
          rejected(415, post(server, PATH, "application/pdf", TEXT)));
      assertEquals("Type de contenu non pris en charge : envoyer application/json ou text/plain.",
          rejected(415, post(server, PATH + "?limit=3", "application/x-www-form-urlencoded", "text=" + TEXT)));
    });
  }

  @Test
  void limit_must_be_between_1_and_the_maximum_page_size() {
    JavalinTest.test(app(), (server, client) -> {
      String expected = "Paramètre invalide : limit (entier de 1 à 50 attendu).";
      assertEquals(expected, rejected(400, post(server, PATH, "application/json", "{\"text\": \"" + TEXT + "\", \"limit\": 0}")));
      assertEquals(expected, rejected(400, post(server, PATH + "?limit=51", "text/plain", TEXT)));
      assertEquals("Paramètre invalide : limit (format incorrect).", rejected(400, post(server, PATH + "?limit=dix", "text/plain", TEXT)));
      assertEquals("Corps JSON invalide : le champ « limit » attend un nombre entier.",
          rejected(400, post(server, PATH, "application/json", "{\"text\": \"" + TEXT + "\", \"limit\": \"dix\"}")));
    });
  }

  @Test
  void type_must_be_branch_or_rome() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Paramètre invalide : type (branch ou rome attendu).",
          rejected(400, post(server, PATH, "application/json", "{\"text\": \"" + TEXT + "\", \"type\": \"both\"}")));
      assertEquals("Paramètre invalide : type (branch ou rome attendu).", rejected(400, post(server, PATH + "?type=", "text/plain", TEXT)));
    });
  }

  @Test
  void family_must_be_a_known_branch_family_or_a_rome_grand_domaine_agreeing_with_type() {
    JavalinTest.test(app(), (server, client) -> {
      String unknown = "Paramètre invalide : family (famille de la branche (01 à 09, voir /api/v1/families)"
          + " ou lettre de grand domaine ROME (A à N) attendue).";
      assertEquals(unknown, rejected(400, post(server, PATH + "?family=10", "text/plain", TEXT)));
      assertEquals(unknown, rejected(400, post(server, PATH + "?family=Z", "text/plain", TEXT)));
      assertEquals(unknown, rejected(400, post(server, PATH + "?family=k", "text/plain", TEXT)));
      assertEquals("Paramètre invalide : family (grand domaine ROME incompatible avec type=branch).",
          rejected(400, post(server, PATH + "?family=K&type=branch", "text/plain", TEXT)));
      assertEquals("Paramètre invalide : family (famille de la branche incompatible avec type=rome).",
          rejected(400, post(server, PATH, "application/json", "{\"text\": \"" + TEXT + "\", \"type\": \"rome\", \"family\": \"01\"}")));
    });
  }

  @Test
  void valid_options_reach_the_engine() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(503, post(server, PATH + "?limit=50&type=rome&family=K", "text/plain", TEXT).statusCode());
      assertEquals(503, post(server, PATH, "application/json",
          "{\"text\": \"" + TEXT + "\", \"limit\": 1, \"type\": \"branch\", \"family\": \"09\"}").statusCode());
    });
  }

  @Test
  void query_parameters_are_refused_with_a_json_body_and_unknown_ones_with_plain_text() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals("Avec un corps JSON, les options (limit, type, family) vont dans le corps, pas dans l'URL.",
          rejected(400, post(server, PATH + "?limit=3", "application/json", "{\"text\": \"" + TEXT + "\"}")));
      assertEquals("Paramètre inconnu : lang (acceptés : limit, type, family).",
          rejected(400, post(server, PATH + "?lang=fr", "text/plain", TEXT)));
    });
  }

  @Test
  void get_is_not_allowed() {
    JavalinTest.test(app(), (server, client) -> assertEquals(405, client.get(PATH).code()));
  }
}
