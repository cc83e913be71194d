package fr.passerelles.bench;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.match.MatchOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * CPU time of one match on the thread that runs it, for the same two inputs as {@link MatchBenchmark}:
 * on a shared machine whose load makes wall-clock percentiles swing by several times, the CPU a
 * match takes moves far less. Run with {@code bench/cpu.sh [warm-up] [runs]}.
 */
public class MatchCpuTime {
  public static void main(String[] args) throws Exception {
    int warmup = Integer.parseInt(args.length > 0 ? args[0] : "400");
    int runs = Integer.parseInt(args.length > 1 ? args[1] : "600");
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    try (Passerelles engine = Passerelles.open(new DataPaths(Path.of("corpus"), Optional.of(rome), Path.of("index/jmh")))) {
      String cv = Files.readString(Path.of("src/test/resources/bench/cv-one-page.txt"), StandardCharsets.UTF_8);
      String statement = "J'organise le rapatriement de touristes malades à l'étranger et je gère les réclamations des clients.";
      ThreadMXBean mx = ManagementFactory.getThreadMXBean();
      for (String[] c : new String[][] {{"matchOnePageCv", cv}, {"matchOneLineStatement", statement}}) {
        for (int i = 0; i < warmup; i++) {
          engine.textMatcher().match(c[1], MatchOptions.DEFAULT);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
          long t = mx.getCurrentThreadCpuTime();
          engine.textMatcher().match(c[1], MatchOptions.DEFAULT);
          ms[i] = (mx.getCurrentThreadCpuTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s CPU ms/op: p50 %.2f p90 %.2f min %.2f (%d runs after %d warm-up)%n", c[0], ms[runs / 2],
            ms[runs * 9 / 10], ms[0], runs, warmup);
      }
    }
  }
}
