package fr.passerelles.api;

import static fr.passerelles.api.ErrorShape.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server without a ROME release (branch métiers only, a small index built in seconds): the
 * mobility routes' domain exceptions, and an engine swapped under load.
 */
class BranchOnlyEngineIT {
  private static final String CV = "Chargée d'assistance : je réceptionne les appels des bénéficiaires, j'ouvre les"
      + " dossiers et je mandate les dépanneurs.";

  @TempDir
  Path tmp;

  private Passerelles open(String index) {
    return Passerelles.open(TestCorpus.load(), new DataPaths(TestCorpus.dir(), Optional.empty(), tmp.resolve(index)));
  }

  /** Regression (issue 11): the text matches no métier of the asked type: UnknownMetierException escaped as a 500. */
  @Test
  void personal_passerelles_of_rome_type_without_a_release_get_422() throws Exception {
    try (Passerelles engine = open("index")) {
      JavalinTest.test(App.create(new Services(TestCorpus.load(), EngineHolder.of(engine)), TestApi.config()), (server, client) -> {
        var res = RawHttp.post(server, App.V1 + "/passerelles", "application/json",
            ("{\"text\": \"" + CV + "\", \"type\": \"rome\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals("Aucun métier ne correspond à ce texte : décrire davantage les activités exercées.",
            assertError(422, res.body()));
        assertEquals("Métier ou fiche inconnue : M1601", assertError(404, client.get(App.V1 + "/metiers/M1601/passerelles").body().string()));
        assertEquals("Métier ou fiche inconnue : M1601", assertError(404, client.get(App.V1 + "/gap?from=0102&to=M1601").body().string()));
        assertEquals(200, RawHttp.post(server, App.V1 + "/passerelles", "application/json",
            ("{\"text\": \"" + CV + "\"}").getBytes(StandardCharsets.UTF_8)).statusCode());
      });
    }
  }

  /**
   * Requests keep coming while the engine is swapped for another generation: none fails, each sees
   * one generation, and the requests after the swap see the new one.
   */
  @Test
  void an_engine_swapped_under_load_fails_no_request_and_answers_from_the_new_generation() throws Exception {
    Passerelles first = open("index-a");
    Passerelles second = open("index-b");
    String firstBuilt = first.indexes().manifest().builtAt();
    String secondBuilt = second.indexes().manifest().builtAt();
    assertNotEquals(firstBuilt, secondBuilt);
    EngineHolder holder = EngineHolder.of(first);
    try {
      JavalinTest.test(App.create(new Services(TestCorpus.load(), holder), TestApi.config()), (server, client) -> {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Map<String, Integer> generations = new ConcurrentHashMap<>();
        List<Thread> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
          clients.add(Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
              try {
                var match = RawHttp.post(server, App.V1 + "/match", "text/plain", CV.getBytes(StandardCharsets.UTF_8));
                var ready = RawHttp.json(client.get(App.V1 + "/ready").body().string());
                if (match.statusCode() != 200) {
                  failures.add(match.statusCode() + " " + match.body());
                }
                generations.merge(ready.get("index").get("builtAt").asText(), 1, Integer::sum);
                done.incrementAndGet();
              } catch (Exception e) {
                failures.add(e.toString());
              }
            }
          }));
        }
        while (done.get() < 20) {
          Thread.sleep(10);
        }
        assertTrue(holder.swap(second));
        int atSwap = done.get();
        while (done.get() < atSwap + 40) {
          Thread.sleep(10);
        }
        stop.set(true);
        for (Thread t : clients) {
          t.join();
        }
        assertEquals(List.of(), failures);
        assertTrue(generations.getOrDefault(firstBuilt, 0) > 0, generations.toString());
        assertTrue(generations.getOrDefault(secondBuilt, 0) > 0, generations.toString());
        assertEquals(secondBuilt, RawHttp.json(client.get(App.V1 + "/ready").body().string())
            .get("index").get("builtAt").asText());
      });
    } finally {
      holder.close();
    }
  }
}
