package fr.passerelles.api;

import fr.passerelles.Passerelles;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * What every end-to-end test of the web page starts from, once per class: the real engine (the
 * project's corpus, the ROME release of {@code -Drome.dir} when present, an index built in a
 * temporary folder), the real server on a free port serving the page and the API, and a headless
 * Chromium.
 */
abstract class WebPageTestBase {
  @TempDir
  static Path tmp;
  static Passerelles engine;
  static Javalin server;
  static WebBrowser browser;

  @BeforeAll
  static void startServerAndBrowser() {
    engine = TestEngine.open(tmp);
    server = App.create(TestEngine.services(engine), TestApi.config().withPort(0)).start();
    browser = WebBrowser.start(baseUrl(), tmp.resolve("browser-profile"));
  }

  @AfterAll
  static void stopAll() throws IOException {
    try {
      if (browser != null) {
        browser.close();
      }
      if (server != null) {
        server.stop();
      }
    } finally {
      if (engine != null) {
        engine.close();
        engine = null;
      }
    }
  }

  @BeforeEach
  void desktopWidth() {
    browser.resize(WebBrowser.DESKTOP);
    browser.consoleErrors(); // start each test with an empty console
  }

  @AfterEach
  void noScriptErrors() {
    browser.assertNoConsoleErrors();
  }

  static String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/";
  }

  /** Status of a GET on the running server, to tell whether a route exists yet. */
  static int status(String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path.replaceFirst("^/", ""))).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = WebPageTestBase.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CV extract the tests paste: a chargée d'assistance's experience, in French. */
  static String cvExtract() {
    return resource("/web/cv-extract.txt");
  }

  /** Pastes a text on the experience view and asks for the closest métiers. */
  static void searchWith(String text) {
    browser.open("#/");
    browser.paste("#cv-text", text);
    browser.find("#match-submit").click();
  }

  /** Waits for the results of a search and returns the titles of the métiers, best first. */
  static List<String> resultTitles() {
    browser.waitVisible("#match-results .match");
    return browser.findAll("#match-results .match .match-title").stream().map(WebElement::getText).toList();
  }
}
