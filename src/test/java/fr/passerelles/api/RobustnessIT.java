package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 against the real engine: the ordinary sentences that crashed the match with a 500, and
 * a text in another script, which was called binary data.
 */
class RobustnessIT extends EngineRouteTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Je gère les dossiers et transports sanitaires",
      "Suivi des dossiers et gestion commerciale",
      "J'assure l'accueil et la gestion administrative"})
  void ordinary_sentences_that_crashed_the_match_are_matched(String text) {
    JavalinTest.test(app(), (server, client) -> {
      byte[] json = JSON.writeValueAsBytes(Map.of("text", text));
      var match = RawHttp.post(server, App.V1 + "/match", "application/json", json);
      assertEquals(200, match.statusCode(), match.body());
      assertFalse(RawHttp.json(match.body()).get("matches").isEmpty(), match.body());
      var plain = RawHttp.post(server, App.V1 + "/match", "text/plain", text.getBytes(StandardCharsets.UTF_8));
      assertEquals(200, plain.statusCode(), plain.body());
      var personal = RawHttp.post(server, App.V1 + "/passerelles", "application/json", json);
      assertEquals(200, personal.statusCode(), personal.body());
      JsonNode body = RawHttp.json(personal.body());
      assertFalse(body.isEmpty(), personal.body());
    });
  }

  @Test
  void a_job_description_of_a_call_centre_is_matched() {
    String ad = MatchRoutesIT.resource("/nlp/job_ad_gestionnaire.txt");
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.post(server, App.V1 + "/passerelles", "text/plain", ad.getBytes(StandardCharsets.UTF_8));
      assertEquals(415, res.statusCode(), "POST /passerelles takes JSON only");
      res = RawHttp.post(server, App.V1 + "/passerelles", "application/json", JSON.writeValueAsBytes(Map.of("text", ad)));
      assertEquals(200, res.statusCode(), res.body());
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "我在一家保险公司担任客服代表，负责处理客户的理赔申请和投诉。",
      "Я работаю в страховой компании и обрабатываю жалобы клиентов."})
  void a_text_in_another_script_is_not_french_rather_than_binary(String text) {
    JavalinTest.test(app(), (server, client) -> {
      var res = RawHttp.post(server, App.V1 + "/match", "text/plain", text.getBytes(StandardCharsets.UTF_8));
      assertEquals(422, res.statusCode(), res.body());
      assertEquals(UnprocessableTextException.notFrench().getMessage(), assertError(422, res.body()));
    });
  }
}
