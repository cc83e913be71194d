package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code GET /competences} parameter checks, answered before the engine is needed; searching: CompetenceRoutesIT. */
class CompetenceRoutesTest {
  private static Javalin app() {
    return App.create(TestApi.services(), TestApi.config());
  }

  private static String get(Javalin server, String query, int status) throws Exception {
    var res = RawHttp.send(server, "GET", "/api/v1/competences" + query, java.net.http.HttpRequest.BodyPublishers.noBody());
    assertEquals(status, res.statusCode(), res.body());
    return assertError(status, res.body());
  }

  @Test
  void q_is_required_and_not_blank() {
    JavalinTest.test(app(), (server, client) -> {
      String expected = "Paramètre invalide : q (texte de recherche obligatoire, par exemple q=gestion des réclamations).";
      assertEquals(expected, get(server, "", 400));
      assertEquals(expected, get(server, "?q=", 400));
      assertEquals(expected, get(server, "?q=%20%20", 400));
    });
  }

  @Test
  void q_is_at_most_300_characters() {
    JavalinTest.test(app(), (server, client) ->
        assertEquals("Paramètre invalide : q (300 caractères au plus).", get(server, "?q=" + "a".repeat(301), 400)));
  }

  @Test
  void kind_items_type_family_and_paging_are_validated() {
    JavalinTest.test(app(), (server, client) -> {
      String q = "?q=" + URLEncoder.encode("gestion des réclamations", StandardCharsets.UTF_8);
      assertEquals("Paramètre invalide : kind (savoir-faire, savoir-etre, savoir, langue attendu).", get(server, q + "&kind=skill", 400));
      assertEquals("Paramètre invalide : items (competences, activities ou all attendu).", get(server, q + "&items=tasks", 400));
      assertEquals("Paramètre invalide : kind (les activités n'ont pas de nature, kind ne s'applique qu'aux compétences).",
          get(server, q + "&items=activities&kind=savoir", 400));
      assertEquals("Paramètre invalide : type (branch ou rome attendu).", get(server, q + "&type=both", 400));
      assertEquals("Paramètre invalide : family (grand domaine ROME incompatible avec type=branch).", get(server, q + "&type=branch&family=M", 400));
      assertEquals("Paramètre invalide : limit (entier de 1 à 100 attendu).", get(server, q + "&limit=0", 400));
      assertEquals("Paramètre invalide : offset (offset + limit au plus 10000).", get(server, q + "&offset=9990&limit=20", 400));
      assertEquals("Paramètre inconnu : page (acceptés : q, type, family, kind, items, limit, offset).", get(server, q + "&page=2", 400));
    });
  }

  @Test
  void a_valid_search_gets_503_until_the_engine_is_open() {
    JavalinTest.test(app(), (server, client) -> assertError(503, client.get("/api/v1/competences?q=anglais").body().string()));
  }
}
