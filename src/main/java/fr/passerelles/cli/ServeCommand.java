package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.api.ApiConfig;
import fr.passerelles.api.App;
import fr.passerelles.api.EngineHolder;
import fr.passerelles.api.Services;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.corpus.CorpusProblem;
import fr.passerelles.corpus.CorpusValidator;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}: loads and validates the corpus, starts the HTTP API, opens the engine in the
 * background (the index is opened, or built when its inputs changed) and blocks until SIGTERM or
 * SIGINT, which stop it gracefully (new connections refused, in-flight requests given the shutdown
 * timeout, then the index closed). An engine that cannot be opened stops the server (exit 1).
 */
final class ServeCommand {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
  private static final Set<String> FLAGS = Stream.concat(
          Stream.of("corpus", "rome", "index"),
          Arrays.stream(ApiConfig.Key.values()).map(ApiConfig.Key::flag))
      .collect(Collectors.toUnmodifiableSet());

  private ServeCommand() {}

  static int run(Args args, DataPaths paths) throws InterruptedException {
    for (String flag : args.flags().keySet()) {
      if (!FLAGS.contains(flag)) {
        throw new UsageException("serve: unknown option --" + flag);
      }
    }
    ApiConfig config = ApiConfig.from(args.flags(), System.getenv());
    Corpus corpus = CorpusLoader.load(paths.corpusDir());
    List<CorpusProblem> problems = CorpusValidator.validate(corpus);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("corpus " + paths.corpusDir() + " has " + problems.size()
          + " problem(s), first: " + problems.get(0) + " (see bin/passerelles corpus check)");
    }
    EngineHolder engine = EngineHolder.starting();
    Javalin app = App.create(new Services(corpus, engine), config);
    try {
      app.start();
    } catch (JavalinBindException e) {
      throw new IllegalArgumentException("cannot listen on " + config.host() + ":" + config.port()
          + " (" + ApiConfig.Key.PORT + "): " + e.getMessage(), e);
    }
    AtomicBoolean stopped = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, engine, config, stopped), "passerelles-shutdown"));
    LOG.info("Passerelles API listening on http://{}:{}{} (corpus sha256 {}, ROME {}, index {}); opening the engine",
        config.host(), app.port(), App.V1, corpus.checksum().substring(0, 12),
        paths.romeDir().map(Object::toString).orElse("none"), paths.indexDir());
    Thread opener = Thread.ofPlatform().name("passerelles-engine-open").daemon().unstarted(
        () -> open(() -> Passerelles.open(corpus, paths), paths, engine, () -> stop(app, engine, config, stopped)));
    opener.start();
    app.jettyServer().server().join();
    return engine.state() == EngineHolder.State.FAILED ? 1 : 0;
  }

  /**
   * Opens the engine (building the index if its inputs changed). Any failure stops the server,
   * errors included: a class missing from the class path or an out-of-memory while building would
   * otherwise leave a server that answers 503 forever.
   */
  static void open(Supplier<Passerelles> opener, DataPaths paths, EngineHolder engine, Runnable stopServer) {
    long start = System.nanoTime();
    try {
      Passerelles opened = opener.get();
      engine.ready(opened);
      LOG.info("Engine ready in {} ms: index {}, {}", (System.nanoTime() - start) / 1_000_000,
          opened.indexes().manifest().counts(), opened.rome().map(r -> r.version().describe()).orElse("no ROME release"));
    } catch (IOException | RuntimeException | Error e) {
      LOG.error("Cannot open the engine (index {}): stopping", paths.indexDir(), e);
      engine.failed();
      stopServer.run();
    }
  }

  /** Stops once, from the shutdown hook or after a failed start: requests in flight first, then the engine. */
  private static void stop(Javalin app, EngineHolder engine, ApiConfig config, AtomicBoolean stopped) {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    LOG.info("Stopping: waiting up to {} s for requests in flight", config.shutdownTimeout().toSeconds());
    app.stop();
    engine.close();
    LOG.info("Stopped");
  }
}
