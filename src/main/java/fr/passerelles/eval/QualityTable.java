package fr.passerelles.eval;

import java.util.List;
import java.util.Locale;

/** Renders evaluation reports as the Markdown tables of docs/quality.md. */
public final class QualityTable {
  private QualityTable() {}

  public static String render(List<MatchEvaluation.Report> reports) {
    StringBuilder b = new StringBuilder();
    b.append("| chain | branch top-1 | branch top-3 | branch MRR | ROME top-1 | ROME top-3 | ROME MRR |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (MatchEvaluation.Report r : reports) {
      b.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", r.chain(),
          r.branch().top1(), r.branch().top3(), r.branch().mrr(), r.rome().top1(), r.rome().top3(), r.rome().mrr()));
    }
    MatchEvaluation.Report first = reports.get(0);
    b.append(String.format(Locale.ROOT, "%nQueries: %d with branch labels, %d with ROME labels.%n",
        first.branch().queries(), first.rome().queries()));
    for (MatchEvaluation.Report r : reports) {
      b.append(String.format(Locale.ROOT, "%nBranch métiers by query kind, `%s`:%n%n", r.chain()));
      b.append("| kind | queries | top-1 | top-3 | MRR |\n|---|---:|---:|---:|---:|\n");
      r.branchByKind().forEach((k, m) -> b.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n",
          k, m.queries(), m.top1(), m.top3(), m.mrr())));
    }
    return b.toString();
  }
}
