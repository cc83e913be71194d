package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The gate of the CPU-heavy routes, on a small app whose {@code /work} holds its permit until told. */
class EngineGateTest {

  @Test
  void a_call_runs_when_a_permit_is_free_and_a_waiter_past_the_limit_gets_503_with_retry_after() throws Exception {
    EngineGate gate = new EngineGate(1, Duration.ofMillis(200));
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    AtomicInteger done = new AtomicInteger();
    Javalin app = Javalin.create(javalin -> {
      ApiFoundation.install(javalin, TestApi.config());
      javalin.routes.get("/work", ctx -> ctx.result(gate.run(ctx, () -> {
        started.countDown();
        await(finish);
        return "done " + done.incrementAndGet();
      })));
      javalin.routes.get("/quick", ctx -> ctx.result(gate.run(ctx, () -> "quick")));
    });
    JavalinTest.test(app, (server, client) -> {
      Thread holder = Thread.ofVirtual().start(() -> client.get("/work"));
      started.await();
      var refused = client.get("/quick");
      assertEquals(503, refused.code());
      assertEquals("1", refused.headers().get("Retry-After").get(0));
      assertEquals("Serveur occupé : trop d'analyses en attente, réessayer dans un moment.", assertError(503, refused.body().string()));
      finish.countDown();
      holder.join();
      assertEquals("quick", client.get("/quick").body().string(), "the permit is back");
    });
  }

  @Test
  void a_gate_needs_at_least_one_permit() {
    assertThrows(IllegalArgumentException.class, () -> new EngineGate(0, Duration.ofSeconds(1)));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
