package fr.passerelles.api;

import java.time.Duration;

/** What the HTTP tests build apps from. */
final class TestApi {
  private TestApi() {}

  /**
   * The default settings, but a stop that does not wait: with a timeout, Jetty spends about a
   * second closing the test client's kept-alive connection, on every test. GracefulStopTest
   * checks the timeout itself.
   */
  static ApiConfig config() {
    return ApiConfig.defaults().withShutdownTimeout(Duration.ZERO);
  }
}
