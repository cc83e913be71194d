package fr.passerelles.api;

import fr.passerelles.Passerelles;
import fr.passerelles.api.dto.MatchResultDto;
import fr.passerelles.config.DataPaths;
import fr.passerelles.match.MatchInput;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.TextMatcher;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the CPU time of one {@code POST /match} goes, on one thread: the NLP step (language check,
 * sentences, POS tags, action phrases), the matcher (Lucene), and what the HTTP layer adds (mapping
 * to DTOs, JSON); and the bytes it allocates, which the garbage collector then works through. Thread CPU time, so other processes on a shared machine barely skew it. Run by
 * {@code bench/cost.sh}; the figures are in docs/performance.md.
 *
 * <p>Arguments: the text file, iterations to warm up, iterations to measure.
 */
public final class MatchCost {
  private MatchCost() {}

  public static void main(String[] args) throws Exception {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int warmup = Integer.parseInt(args[1]);
    int runs = Integer.parseInt(args[2]);
    DataPaths paths = DataPaths.resolve(Map.of(), System.getenv());
    try (Passerelles engine = Passerelles.open(paths)) {
      TextMatcher matcher = engine.textMatcher();
      var json = JsonMapping.objectMapper();
      MatchOptions options = MatchOptions.DEFAULT;
      for (int i = 0; i < warmup; i++) {
        json.writeValueAsBytes(MatchMapper.result(matcher.match(text, options)));
      }
      var cpu = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long allocated = cpu.getCurrentThreadAllocatedBytes();
      long nlp = 0;
      long lucene = 0;
      long http = 0;
      int bytes = 0;
      long wall = System.nanoTime();
      for (int i = 0; i < runs; i++) {
        long t0 = cpu.getCurrentThreadCpuTime();
        MatchInput input = matcher.understand(text);
        long t1 = cpu.getCurrentThreadCpuTime();
        MatchResult result = matcher.matcher().match(input, options);
        long t2 = cpu.getCurrentThreadCpuTime();
        MatchResultDto dto = MatchMapper.result(result);
        bytes = json.writeValueAsBytes(dto).length;
        long t3 = cpu.getCurrentThreadCpuTime();
        nlp += t1 - t0;
        lucene += t2 - t1;
        http += t3 - t2;
      }
      wall = System.nanoTime() - wall;
      allocated = cpu.getCurrentThreadAllocatedBytes() - allocated;
      report("NLP: language, sentences, POS, action phrases", nlp, runs);
      report("matcher: sheet ranking and evidence (Lucene)", lucene, runs);
      report("HTTP: DTO mapping and JSON (" + bytes + " bytes)", http, runs);
      report("total CPU", nlp + lucene + http, runs);
      report("wall clock", wall, runs);
      System.out.printf(Locale.ROOT, "%-52s %8.1f MB%n", "allocated per match", allocated / 1e6 / runs);
      System.out.printf(Locale.ROOT, "%d runs after %d warm-up, Java %s%n", runs, warmup, Runtime.version());
    }
  }

  private static void report(String what, long nanos, int runs) {
    System.out.printf(Locale.ROOT, "%-52s %8.2f ms%n", what, nanos / 1e6 / runs);
  }
}
