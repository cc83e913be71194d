package fr.passerelles.eval;

import java.util.Locale;
import java.util.Map;

/** Renders a {@link HeldOutBenchmark.Report} as the Markdown table of docs/quality.md. */
public final class BenchTable {
  private BenchTable() {}

  public static String render(HeldOutBenchmark.Report r) {
    StringBuilder b = new StringBuilder();
    b.append("| set | system | queries | top-1 | top-3 | MRR@10 |\n|---|---|---:|---:|---:|---:|\n");
    for (BenchTask t : BenchTask.values()) {
      for (Map.Entry<String, Map<BenchTask, RankingMetrics>> s : r.metrics().entrySet()) {
        RankingMetrics m = s.getValue().get(t);
        if (m.queries() == 0) {
          continue;
        }
        b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f |%n",
            t.label(), s.getKey(), m.queries(), m.top1(), m.top3(), m.mrr()));
      }
    }
    r.refused().forEach((s, n) -> {
      if (n > 0) {
        b.append(String.format(Locale.ROOT, "%n%s: %d %s refused as not French (counted as misses).%n", s, n, n == 1 ? "query" : "queries"));
      }
    });
    r.failed().forEach((s, list) -> {
      b.append(String.format(Locale.ROOT, "%n%s: %d %s failed with an exception (counted as misses), e.g. `%s`.%n",
          s, list.size(), list.size() == 1 ? "query" : "queries", list.get(0)));
    });
    return b.toString();
  }
}
