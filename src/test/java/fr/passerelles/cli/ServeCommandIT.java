package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.passerelles.corpus.TestCorpus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/passerelles serve} in its own JVM: starts, logs its URL, serves, opens the engine (a
 * branch-only index built in a temporary folder), stops on SIGTERM.
 */
class ServeCommandIT {
  private static final Pattern LISTENING = Pattern.compile("Passerelles API listening on (http://\\S+/api/v1)");

  @Test
  void serve_logs_its_url_answers_and_stops_gracefully_on_sigterm(@TempDir Path tmp) throws Exception {
    Path log = tmp.resolve("serve.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "fr.passerelles.Main", "serve", "--port", "0", "--corpus", TestCorpus.dir().toString(), "--rome", "none",
        "--index", tmp.resolve("index").toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile()); // a file, not a pipe: the JDK may close a pipe before the last lines are read
    pb.environment().keySet().removeIf(k -> k.startsWith("PASSERELLES_"));
    Process process = pb.start();
    try {
      String base = awaitUrl(log, process);
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertEquals("{\"status\":\"UP\"}", health.body());
      assertTrue(awaitReady(base), "ready once the engine is open");


      process.destroy(); // SIGTERM
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped within the timeout");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertTrue(output.contains("fr.passerelles.api.access - GET /api/v1/health 200"), output);
      assertTrue(output.contains("ServeCommand - Stopping: waiting up to 10 s"), output);
      assertTrue(output.contains("ServeCommand - Stopped"), output);
      assertTrue(output.contains("ServeCommand - Engine ready"), output);
      // a server that built its own index reads its origins' stated items in the background, stopped with it
      assertTrue(output.contains("ServeCommand - Reading the stated items of"), output);
    } finally {
      process.destroyForcibly();
    }
  }

  /** Polls /ready until 200; false after 60 s. */
  private static boolean awaitReady(String base) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      HttpResponse<String> ready = client.send(
          HttpRequest.newBuilder(URI.create(base + "/ready")).build(), HttpResponse.BodyHandlers.ofString());
      if (ready.statusCode() == 200) {
        return true;
      }
      assertEquals(503, ready.statusCode(), ready.body());
      Thread.sleep(200);
    }
    return false;
  }

  private static String awaitUrl(Path log, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      Matcher m = LISTENING.matcher(output);
      if (m.find()) {
        return m.group(1);
      }
      if (!process.isAlive()) {
        fail("serve exited with " + process.exitValue() + ":\n" + output);
      }
      Thread.sleep(100);
    }
    return fail("no listening URL logged within 60 s");
  }
}
