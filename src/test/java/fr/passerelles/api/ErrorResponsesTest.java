package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestTool;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The error mapping, on a small app whose test routes fail in each way a handler can. */
class ErrorResponsesTest {
  private static final String SECRET = "Jeanne Dupont, née le 3 mars 1980";

  private static Javalin app() {
    return Javalin.create(javalin -> {
      ApiFoundation.install(javalin, TestApi.config());
      javalin.routes.get("/bug", ctx -> {
        throw new IllegalStateException("cannot parse CV of " + SECRET);
      });
      javalin.routes.get("/fatal", ctx -> {
        throw new AssertionError("invariant broken for " + SECRET);
      });
      javalin.routes.get("/english", ctx -> {
        throw new BadRequestResponse();
      });
      javalin.routes.get("/ours", ctx -> {
        throw new NotFoundResponse("Compétence inconnue : 0101-C99");
      });
      javalin.routes.get("/not-french", ctx -> {
        throw UnprocessableTextException.notFrench();
      });
    });
  }

  @Test
  void an_unexpected_exception_gets_a_generic_500_with_the_request_id_and_no_exception_text() {
    Javalin app = app();
    JavalinTest.test(app, (server, client) -> {
      var res = client.get("/bug");
      assertEquals(500, res.code());
      String id = res.headers().get(RequestIds.HEADER).get(0);
      String body = res.body().string();
      assertEquals("Erreur interne du serveur. Référence : " + id + ".", assertError(500, body));
      assertFalse(body.contains("Dupont") || body.contains("IllegalState"), body);
    });
    String logs = app.unsafe.appDataManager.get(TestTool.TestLogsKey);
    assertTrue(logs.contains("Unexpected error on GET /bug (request "), logs);
    assertTrue(logs.contains("java.lang.IllegalStateException"), "the stack trace goes to the server log");
  }

  @Test
  void an_error_outside_the_exception_mappers_still_gets_the_json_500() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/fatal");
      assertEquals(500, res.code());
      String body = res.body().string();
      assertEquals("Erreur interne du serveur.", assertError(500, body));
      assertFalse(body.contains("Dupont"), body);
    });
  }

  @Test
  void javalins_english_default_message_is_replaced_by_a_french_one() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/english");
      assertEquals(400, res.code());
      assertEquals("Requête invalide.", assertError(400, res.body().string()));
    });
  }

  @Test
  void a_handlers_own_french_message_is_shown() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/ours");
      assertEquals(404, res.code());
      assertEquals("Compétence inconnue : 0101-C99", assertError(404, res.body().string()));
    });
  }

  @Test
  void unprocessable_text_gets_422_with_its_french_message() {
    JavalinTest.test(app(), (server, client) -> {
      var res = client.get("/not-french");
      assertEquals(422, res.code());
      assertEquals(UnprocessableTextException.notFrench().getMessage(), assertError(422, res.body().string()));
    });
  }

  @Test
  void requests_jetty_rejects_before_routing_get_the_json_error_shape() throws Exception {
    Javalin app = app();
    JavalinTest.test(app, (server, client) -> {
      String badUri = raw(server.port(), "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertTrue(badUri.startsWith("HTTP/1.1 400"), badUri);
      assertTrue(badUri.contains("X-Request-Id: "), badUri);
      assertEquals("Requête HTTP mal formée.", assertError(400, body(badUri)));
    });
    String logs = app.unsafe.appDataManager.get(TestTool.TestLogsKey);
    assertTrue(logs.contains("fr.passerelles.api.access - BAD - 400 "), logs); // Jetty names an unparsable request BAD
  }

  @Test
  void oversized_headers_get_the_json_error_shape() throws Exception {
    // started by hand: under JavalinTest, whose client sends a cleanup request after the test, the
    // run once failed with "Invalid status line: aaaa…" (the rejected header's bytes)
    Javalin app = app().start(0);
    try {
      String bigHeader = raw(app.port(), "GET /ours HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000)
          + "\r\nConnection: close\r\n\r\n");
      assertTrue(bigHeader.startsWith("HTTP/1.1 431"), bigHeader);
      assertEquals("En-têtes de requête trop volumineux.", assertError(431, body(bigHeader)));
    } finally {
      app.stop();
    }
  }

  private static String raw(int port, String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }
}
