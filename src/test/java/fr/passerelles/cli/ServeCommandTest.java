package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.corpus.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code serve} refuses bad settings before loading anything; the running server is ServeCommandIT's. */
class ServeCommandTest {

  private static int run(StringWriter err, String... argv) {
    return Cli.run(List.of(argv), new PrintWriter(new StringWriter()), new PrintWriter(err, true));
  }

  @Test
  void an_invalid_port_stops_serve_with_a_message_naming_the_setting() {
    StringWriter err = new StringWriter();
    int status = run(err, "serve", "--corpus", TestCorpus.dir().toString(), "--rome", "none", "--port", "http");
    assertEquals(1, status);
    assertTrue(err.toString().contains("--port / PASSERELLES_PORT"), err.toString());
  }

  @Test
  void an_unknown_option_is_a_usage_error() {
    StringWriter err = new StringWriter();
    int status = run(err, "serve", "--corpus", TestCorpus.dir().toString(), "--prot", "8080");
    assertEquals(2, status);
    assertTrue(err.toString().contains("serve: unknown option --prot"), err.toString());
    assertTrue(err.toString().contains("usage:"), err.toString());
  }
}
