package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/** {@code GET /rome/{code}} before the engine is open; with it, RomeRoutesIT. */
class RomeRoutesTest {
  private static Javalin app() {
    return App.create(TestApi.services(), TestApi.config());
  }

  @Test
  void a_malformed_code_gets_400_even_while_the_engine_opens() {
    JavalinTest.test(app(), (server, client) -> {
      for (String code : new String[] {"m1601", "M160", "Z1601", "M16011", "0102"}) {
        var res = client.get("/api/v1/rome/" + code);
        assertEquals(400, res.code(), code);
        assertEquals("Paramètre invalide : code (code ROME attendu : une lettre de A à N et 4 chiffres, par exemple M1601).",
            assertError(400, res.body().string()));
      }
    });
  }

  @Test
  void a_well_formed_code_gets_503_until_the_engine_is_open() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/api/v1/rome/M1601");
      assertEquals(503, res.code());
      assertError(503, res.body().string());
    });
  }

  @Test
  void query_parameters_are_refused() {
    JavalinTest.test(app(), (server, client) -> assertEquals(400, client.get("/api/v1/rome/M1601?full=1").code()));
  }
}
