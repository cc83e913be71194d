package fr.passerelles.bench;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of {@code match} on a one-page CV (~420 words) with the full ROME release indexed: the
 * whole path a request takes (language check, segmentation, POS, ranking, evidence). Sample mode
 * gives the percentiles. Run with {@code bench/jmh.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class MatchBenchmark {
  private Passerelles engine;
  private String cv;
  private String statement;

  @Setup(Level.Trial)
  public void open() throws IOException {
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    Path index = Path.of(System.getProperty("bench.index", "index/jmh"));
    engine = Passerelles.open(new DataPaths(Path.of("corpus"), Files.isDirectory(rome) ? Optional.of(rome) : Optional.empty(), index));
    cv = Files.readString(Path.of("src/test/resources/bench/cv-one-page.txt"), StandardCharsets.UTF_8);
    statement = "J'organise le rapatriement de touristes malades à l'étranger et je gère les réclamations des clients.";
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    engine.close();
  }

  @Benchmark
  public MatchResult matchOnePageCv() {
    return engine.textMatcher().match(cv, MatchOptions.DEFAULT);
  }

  @Benchmark
  public MatchResult matchOneLineStatement() {
    return engine.textMatcher().match(statement, MatchOptions.DEFAULT);
  }

  /** A ROME-only request: since session 16 it also scores the branch sheets, for the annex's bridge. */
  @Benchmark
  public MatchResult matchOnePageCvRome() {
    return engine.textMatcher().match(cv, MatchOptions.DEFAULT.withType(fr.passerelles.index.SheetType.ROME));
  }

  /** A mason's CV, ROME only: far from the branch, it skips the bridge's branch scoring. */
  @Benchmark
  public MatchResult matchMasonCvRome() {
    return engine.textMatcher().match(MASON, MatchOptions.DEFAULT.withType(fr.passerelles.index.SheetType.ROME));
  }

  private static final String MASON = resource("/web/cv-macon.txt");

  private static String resource(String name) {
    try (java.io.InputStream in = MatchBenchmark.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
