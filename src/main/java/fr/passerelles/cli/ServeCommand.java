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
 *
 * <p>SIGHUP reloads the engine without a stop: the corpus is read and validated again, the index
 * is rebuilt into a new generation if the corpus or the ROME release changed (reopened otherwise),
 * and the new engine is swapped in ({@link EngineHolder#swap}) while requests keep being served. A
 * reload that fails (invalid corpus, build error) is logged and the running engine stays.
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
    reloadOnHangup(paths, engine);
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
      // the labelled texts' vectors are built before the first request, not during it
      opened.textMatcher().matcher().exampleVote().prepare();
      engine.ready(opened);
      LOG.info("Engine ready in {} ms: index {}, {}", (System.nanoTime() - start) / 1_000_000,
          opened.indexes().manifest().counts(), opened.rome().map(r -> r.version().describe()).orElse("no ROME release"));
      storeInBackground(opened, engine);
    } catch (IOException | RuntimeException | Error e) {
      LOG.error("Cannot open the engine (index {}): stopping", paths.indexDir(), e);
      engine.failed();
      stopServer.run();
    }
  }

  /**
   * Once an engine serves, what its generation lacks that {@code bin/passerelles index} would have
   * stored (every origin's stated items) is read on a background thread and stored: the next start,
   * and replicas sharing the index folder, then read none (docs/performance.md "Passerelles"). An
   * engine closed meanwhile (stopped during start-up) starts nothing. It waits while requests are in
   * flight: the cores are theirs.
   */
  private static void storeInBackground(Passerelles opened, EngineHolder engine) {
    if (opened.mobility().storeStatedItemsInBackground(engine::busy)) {
      LOG.info("Reading the stated items of {} origins in the background (the generation lacks them)",
          opened.mobility().statedItemsLacking());
    }
  }

  /** SIGHUP → {@link #reload}, one at a time on a thread of its own; a signal during a reload is ignored. */
  @SuppressWarnings("sunapi")
  private static void reloadOnHangup(DataPaths paths, EngineHolder engine) {
    AtomicBoolean reloading = new AtomicBoolean();
    try {
      sun.misc.SignalHandler previous = sun.misc.Signal.handle(new sun.misc.Signal("HUP"), signal -> {
        if (reloading.compareAndSet(false, true)) {
          Thread.ofPlatform().name("passerelles-engine-reload").daemon().start(() -> {
            try {
              reload(paths, engine);
            } finally {
              reloading.set(false);
            }
          });
        } else {
          LOG.warn("SIGHUP ignored: a reload is already running");
        }
      });
      if (previous == sun.misc.SignalHandler.SIG_IGN) {
        // started under nohup: the JVM keeps SIGHUP ignored and never calls the handler
        LOG.warn("SIGHUP is ignored by this process (started with nohup?): no reload on SIGHUP");
      }
    } catch (IllegalArgumentException e) {
      LOG.info("No SIGHUP on this platform: reload the engine by restarting ({})", e.getMessage());
    }
  }

  /** Reads the corpus again and swaps in an engine built from it; keeps the running one on any failure. */
  static void reload(DataPaths paths, EngineHolder engine) {
    long start = System.nanoTime();
    try {
      Corpus corpus = CorpusLoader.load(paths.corpusDir());
      List<CorpusProblem> problems = CorpusValidator.validate(corpus);
      if (!problems.isEmpty()) {
        LOG.error("Reload refused: corpus {} has {} problem(s), first: {}; the running engine stays",
            paths.corpusDir(), problems.size(), problems.get(0));
        return;
      }
      Passerelles next = Passerelles.open(corpus, paths);
      next.textMatcher().matcher().exampleVote().prepare();
      if (engine.swap(next)) {
        LOG.info("Engine reloaded in {} ms: corpus sha256 {}, index built at {}",
            (System.nanoTime() - start) / 1_000_000, corpus.checksum().substring(0, 12),
            next.indexes().manifest().builtAt());
        storeInBackground(next, engine);
      } else {
        LOG.warn("Reload dropped: the engine is {}", engine.state());
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("Reload failed; the running engine stays", e);
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
