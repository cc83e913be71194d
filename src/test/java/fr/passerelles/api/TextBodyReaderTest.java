package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The body helper of the POST routes, on a small app with the API's foundation and two test
 * routes: {@code /text} (JSON or plain text) and {@code /query} (a JSON body with more fields).
 */
class TextBodyReaderTest {
  private static final int MAX_BODY = 2048;
  private static final int MAX_TEXT = 1000;
  private static final String CV = "Chargée d'assistance depuis 2015 chez Mondial, Jeanne Dupont, 12 rue des Lilas";

  /** A route body with a text and an option, as engine routes will have. */
  record Query(String text, int limit) {}

  private static Javalin app() {
    ApiConfig config = TestApi.config().withLimits(MAX_BODY, MAX_TEXT, 100);
    TextBodyReader bodies = new TextBodyReader(config);
    return Javalin.create(javalin -> {
      ApiFoundation.install(javalin, config);
      javalin.routes.post("/text", ctx -> ctx.json(Map.of("chars", bodies.readText(ctx).length())));
      javalin.routes.post("/query", ctx -> {
        Query q = bodies.readJson(ctx, Query.class, Query::text);
        ctx.json(Map.of("chars", q.text().length(), "limit", q.limit()));
      });
    });
  }

  private static HttpResponse<String> post(Javalin server, String path, String contentType, String body) throws Exception {
    return RawHttp.post(server, path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static String json(String text) {
    String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"")
        .replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    return "{\"text\": \"" + escaped + "\"}";
  }

  private static void assertRejected(int status, HttpResponse<String> res, String expectedMessage) {
    assertEquals(status, res.statusCode(), res.body());
    String message = assertError(status, res.body());
    if (expectedMessage != null) {
      assertEquals(expectedMessage, message);
    }
    assertFalse(res.body().contains("Dupont"), "an error never quotes the body: " + res.body());
  }

  @Test
  void a_json_text_is_read() {
    JavalinTest.test(app(), (server, client) -> {
      var res = post(server, "/text", "application/json", json(CV));
      assertEquals(200, res.statusCode(), res.body());
      assertEquals(CV.length(), RawHttp.json(res.body()).get("chars").asInt());
    });
  }

  @Test
  void a_plain_text_body_is_read_as_utf8() {
    JavalinTest.test(app(), (server, client) -> {
      var res = post(server, "/text", "text/plain; charset=UTF-8", CV);
      assertEquals(200, res.statusCode(), res.body());
      assertEquals(CV.length(), RawHttp.json(res.body()).get("chars").asInt());
    });
  }

  @Test
  void a_json_body_with_more_fields_is_bound_and_its_text_checked() {
    JavalinTest.test(app(), (server, client) -> {
      var res = post(server, "/query", "application/json", "{\"text\": \"Gestionnaire de dossiers\", \"limit\": 5}");
      assertEquals(200, res.statusCode(), res.body());
      assertEquals(5, RawHttp.json(res.body()).get("limit").asInt());
      assertRejected(400, post(server, "/query", "application/json", "{\"text\": \"  \", \"limit\": 5}"), "Le texte est vide.");
    });
  }

  @Test
  void tabs_line_breaks_and_form_feeds_are_text() {
    JavalinTest.test(app(), (server, client) -> {
      var res = post(server, "/text", "text/plain", "Expérience\n\tChargée d'assistance\r\n\fPage 2");
      assertEquals(200, res.statusCode(), res.body());
    });
  }

  @Test
  void a_text_of_exactly_the_maximum_length_is_accepted() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(200, post(server, "/text", "text/plain", "é".repeat(MAX_TEXT)).statusCode());
    });
  }

  @Test
  void wrong_content_type_gets_415() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(415, post(server, "/text", "text/html", "<p>" + CV + "</p>"),
          "Type de contenu non pris en charge : envoyer application/json ou text/plain.");
      assertRejected(415, post(server, "/text", "application/x-www-form-urlencoded", "text=" + CV), null);
      assertRejected(415, post(server, "/query", "text/plain", CV),
          "Type de contenu non pris en charge : envoyer application/json.");
    });
  }

  @Test
  void missing_content_type_gets_415() {
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.send(server, "POST", "/text", HttpRequest.BodyPublishers.ofString(CV));
      assertRejected(415, res, "En-tête Content-Type manquant : envoyer application/json ou text/plain.");
    });
  }

  @Test
  void a_charset_other_than_utf8_gets_415() {
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.post(server, "/text", "text/plain; charset=ISO-8859-1", CV.getBytes(StandardCharsets.ISO_8859_1));
      assertRejected(415, res, "Encodage non pris en charge : envoyer le texte en UTF-8.");
    });
  }

  @Test
  void a_body_over_the_byte_limit_gets_413() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(413, post(server, "/text", "text/plain", CV + "x".repeat(MAX_BODY)),
          "Corps de requête trop volumineux : " + MAX_BODY + " octets au plus.");
    });
  }

  @Test
  void a_chunked_body_over_the_byte_limit_gets_413() {
    JavalinTest.test(app(), (server, client) -> {
      byte[] big = (CV + "x".repeat(3 * MAX_BODY)).getBytes(StandardCharsets.UTF_8);
      var res = RawHttp.send(server, "POST", "/text",
          HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), // no Content-Length
          "Content-Type", "text/plain");
      assertRejected(413, res, "Corps de requête trop volumineux : " + MAX_BODY + " octets au plus.");
    });
  }

  @Test
  void a_text_over_the_character_limit_gets_413() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(413, post(server, "/text", "application/json", json("a".repeat(MAX_TEXT + 1))),
          "Texte trop long : 1001 caractères pour 1000 au plus.");
    });
  }

  @Test
  void an_empty_body_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(400, post(server, "/text", "application/json", ""), "Corps de requête vide : envoyer le texte à analyser.");
      assertRejected(400, post(server, "/text", "text/plain", ""), "Corps de requête vide : envoyer le texte à analyser.");
    });
  }

  @Test
  void a_blank_text_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(400, post(server, "/text", "application/json", json(" \n\t ")), "Le texte est vide.");
      assertRejected(400, post(server, "/text", "text/plain", "   "), "Le texte est vide.");
    });
  }

  @Test
  void a_missing_or_null_text_field_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      String expected = "Corps JSON invalide : champ « text » obligatoire.";
      assertRejected(400, post(server, "/text", "application/json", "{}"), expected);
      assertRejected(400, post(server, "/text", "application/json", "{\"text\": null}"), expected);
      assertRejected(400, post(server, "/text", "application/json", "null"), null);
    });
  }

  @Test
  void malformed_json_gets_400_with_its_position_and_without_echoing_the_body() {
    JavalinTest.test(app(), (server, client) -> {
      var res = post(server, "/text", "application/json", "{\"text\": \"" + CV);
      assertRejected(400, res, null);
      assertTrue(assertError(400, res.body()).startsWith("Corps JSON invalide : JSON mal formé (ligne 1, colonne"), res.body());
    });
  }

  @Test
  void an_unknown_field_gets_400_naming_it() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(400, post(server, "/text", "application/json", "{\"txt\": \"" + CV + "\"}"),
          "Corps JSON invalide : champ inconnu « txt ».");
    });
  }

  @Test
  void a_text_of_the_wrong_json_type_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(400, post(server, "/text", "application/json", "{\"text\": [\"" + CV + "\"]}"),
          "Corps JSON invalide : le champ « text » attend une chaîne de caractères.");
    });
  }

  @Test
  void duplicate_keys_and_trailing_content_get_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(400, post(server, "/text", "application/json", "{\"text\": \"a\", \"text\": \"" + CV + "\"}"), null);
      assertRejected(400, post(server, "/text", "application/json", json(CV) + " {}"), null);
    });
  }

  @Test
  void control_characters_get_400_with_their_position() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(400, post(server, "/text", "application/json", "{\"text\": \"abc\\u0001" + CV + "\"}"),
          "Le texte contient des caractères binaires ou de contrôle (position 3) : envoyer du texte brut.");
      assertRejected(400, post(server, "/text", "text/plain", "PDF\u0000" + CV), null);
    });
  }

  @Test
  void a_lone_surrogate_escape_gets_400() {
    JavalinTest.test(app(), (server, client) -> {
      assertRejected(400, post(server, "/text", "application/json", "{\"text\": \"ab\\ud800" + CV + "\"}"), null);
    });
  }

  @Test
  void bytes_that_are_not_utf8_get_400() {
    JavalinTest.test(app(), (server, client) -> {
      byte[] latin1 = ("Chargée " + CV).getBytes(StandardCharsets.ISO_8859_1);
      assertRejected(400, RawHttp.post(server, "/text", "text/plain", latin1),
          "Corps de requête illisible : le texte doit être encodé en UTF-8.");
      byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
      assertRejected(400, RawHttp.post(server, "/text", "application/json", binary), null);
    });
  }

  @Test
  void first_binary_char_accepts_surrogate_pairs_and_flags_non_characters() {
    assertEquals(-1, TextBodyReader.firstBinaryChar("CV 📄 ok"));
    assertEquals(2, TextBodyReader.firstBinaryChar("ab\uFFFF"));
    assertEquals(1, TextBodyReader.firstBinaryChar("a\uDC00b"));
    assertEquals(1, TextBodyReader.firstBinaryChar("a\u0085b"), "C1 controls are not text");
  }
}
