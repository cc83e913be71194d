package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.api.EngineHolder;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
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

  @Test
  void an_engine_that_fails_to_open_even_with_an_error_marks_the_holder_failed_and_stops_the_server() {
    List<Supplier<Passerelles>> openers = List.of(
        () -> {
          throw new IllegalStateException("index unreadable");
        },
        () -> {
          throw new NoClassDefFoundError("org/apache/lucene/search/spell/DirectSpellChecker");
        });
    for (Supplier<Passerelles> failure : openers) {
      EngineHolder engine = EngineHolder.starting();
      AtomicBoolean stopped = new AtomicBoolean();
      ServeCommand.open(failure, new DataPaths(TestCorpus.dir(), Optional.empty(), Path.of("index")), engine,
          () -> stopped.set(true));
      assertEquals(EngineHolder.State.FAILED, engine.state());
      assertTrue(stopped.get(), "the server is stopped");
    }
  }
}
