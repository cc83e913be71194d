package fr.passerelles.cli;

import fr.passerelles.api.ApiConfig;
import fr.passerelles.api.App;
import fr.passerelles.api.Services;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.corpus.CorpusProblem;
import fr.passerelles.corpus.CorpusValidator;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}: loads the data, starts the HTTP API and blocks until SIGTERM or SIGINT, which stop
 * it gracefully (new connections refused, in-flight requests given the shutdown timeout).
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
    Javalin app = App.create(new Services(corpus), config);
    try {
      app.start();
    } catch (JavalinBindException e) {
      throw new IllegalArgumentException("cannot listen on " + config.host() + ":" + config.port()
          + " (" + ApiConfig.Key.PORT + "): " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(app, config), "passerelles-shutdown"));
    LOG.info("Passerelles API listening on http://{}:{}{} (corpus sha256 {}, ROME {}, index {})",
        config.host(), app.port(), App.V1, corpus.checksum().substring(0, 12),
        paths.romeDir().map(Object::toString).orElse("none"), paths.indexDir());
    app.jettyServer().server().join();
    return 0;
  }

  private static void stop(Javalin app, ApiConfig config) {
    LOG.info("Stopping: waiting up to {} s for requests in flight", config.shutdownTimeout().toSeconds());
    app.stop();
    LOG.info("Stopped");
  }
}
