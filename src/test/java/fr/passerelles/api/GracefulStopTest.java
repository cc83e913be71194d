package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

  @Test
  void stop_lets_a_request_in_flight_finish_then_refuses_connections() throws Exception {
    CountDownLatch inFlight = new CountDownLatch(1);
    ApiConfig config = ApiConfig.defaults().withPort(0).withShutdownTimeout(Duration.ofSeconds(5));
    Javalin app = Javalin.create(javalin -> {
      ApiFoundation.install(javalin, config);
      javalin.routes.get("/slow", ctx -> {
        inFlight.countDown();
        Thread.sleep(700);
        ctx.result("fini");
      });
    }).start();
    int port = app.port();
    HttpClient http = HttpClient.newHttpClient();
    CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(inFlight.await(5, TimeUnit.SECONDS), "the request reached its handler");

    long start = System.nanoTime();
    app.stop();
    long stopMillis = (System.nanoTime() - start) / 1_000_000;

    HttpResponse<String> res = slow.get(5, TimeUnit.SECONDS);
    assertEquals(200, res.statusCode());
    assertEquals("fini", res.body());
    assertTrue(stopMillis < 5_000, "stop waited " + stopMillis + " ms, within the timeout");
    var after = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slow")).build();
    var e = assertThrows(Exception.class, () -> http.send(after, HttpResponse.BodyHandlers.ofString()));
    assertTrue(e instanceof ConnectException || e.getCause() instanceof ConnectException, e.toString());
  }
}
