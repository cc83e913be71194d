package fr.passerelles.api;

import fr.passerelles.corpus.TestCorpus;
import java.time.Duration;

/** What the HTTP tests build apps from; the one place tests construct {@link Services}. */
final class TestApi {
  private TestApi() {}

  /** The services of the real corpus, with an engine still opening (engine routes answer 503). */
  static Services services() {
    return new Services(TestCorpus.load(), EngineHolder.starting());
  }

  /**
   * The default settings, but a stop that does not wait: with a timeout, Jetty spends about a
   * second closing the test client's kept-alive connection, on every test. GracefulStopTest
   * checks the timeout itself.
   */
  static ApiConfig config() {
    return ApiConfig.defaults().withShutdownTimeout(Duration.ZERO);
  }
}
