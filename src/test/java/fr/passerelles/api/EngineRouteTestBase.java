package fr.passerelles.api;

import fr.passerelles.Passerelles;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Route tests over real HTTP against the real engine: its index is built once per test class in a
 * temporary folder (with the ROME release when this machine has it), and each test starts the app.
 */
abstract class EngineRouteTestBase {
  @TempDir
  static Path tmp;
  static Passerelles engine;

  @BeforeAll
  static void openEngine() {
    engine = TestEngine.open(tmp);
  }

  @AfterAll
  static void closeEngine() throws IOException {
    engine.close();
    engine = null;
  }

  static Javalin app() {
    return App.create(TestEngine.services(engine), TestApi.config());
  }
}
