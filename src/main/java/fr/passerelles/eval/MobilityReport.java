package fr.passerelles.eval;

import fr.passerelles.mobility.FieldLevel;
import fr.passerelles.mobility.MobilitySettings;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a mobility evaluation as the Markdown of docs/quality.md's "Mobility" section and
 * docs/performance.md's "Passerelles" section.
 */
public final class MobilityReport {
  static final String[] ROWS = {"", "degree 1", "degree 2", "degree 3", "reachable (001 evolutions)"};

  private MobilityReport() {}

  public static String quality(MobilityEvaluation.Report r, MobilitySettings s, Map<FieldLevel, MobilityEvaluation.Report> levels,
      Map<String, java.util.List<MobilityEvaluation.ThresholdRow>> thresholds, String command, String data, boolean cases) {
    StringBuilder b = new StringBuilder();
    b.append("Produced by `").append(command).append("` (").append(data).append(").\n\n");
    b.append(settings(s)).append("\n\n");
    b.append("### Degree agreement\n\n");
    b.append("Degree stated by the referential (rows) against the computed degree (columns); the last column ");
    b.append("counts the stated moves the computed mode alone proposes (overlap threshold, limit, classification rule):\n\n");
    b.append("| stated \\ computed | 1 | 2 | 3 | proposed by computed mode |\n|---|---:|---:|---:|---:|\n");
    for (int row = 1; row <= MobilityEvaluation.REACHABLE_ROW; row++) {
      int finalRow = row;
      long n = r.cases().stream().filter(c -> row(c) == finalRow).count();
      long proposed = r.cases().stream().filter(c -> row(c) == finalRow && c.proposed()).count();
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d / %d |%n", ROWS[row], r.matrix()[row][1],
          r.matrix()[row][2], r.matrix()[row][3], proposed, n));
    }
    b.append(String.format(Locale.ROOT,
        "%nStated degrees (004's levels and 000's example for Chargé d'assistance): %d comparable moves; exact "
            + "agreement **%.3f** (%.3f under the swapped reading of 004's levels 2 and 3), within one degree %.3f. "
            + "001's evolutions proposed by the computed mode alone: %.3f.%n",
        r.stated(), r.exact(), r.exactSwapped(), r.withinOne(), r.reachableProposed()));
    b.append("Not comparable (no competences on one side): ")
        .append(r.skipped().isEmpty() ? "none" : String.join(", ", r.skipped())).append(".\n");
    if (!levels.isEmpty()) {
      b.append("\nThe same with fields at each level of ROME's tree (other settings unchanged):\n\n");
      b.append("| field level | exact agreement | swapped reading | within one | 001 evolutions by computed degree 1 / 2 / 3 |\n");
      b.append("|---|---:|---:|---:|---|\n");
      levels.forEach((level, lr) -> b.append(String.format(Locale.ROOT, "| %s%s | %.3f | %.3f | %.3f | %d / %d / %d |%n",
          level.json(), level == s.level() ? " (chosen)" : "", lr.exact(), lr.exactSwapped(), lr.withinOne(),
          lr.matrix()[MobilityEvaluation.REACHABLE_ROW][1], lr.matrix()[MobilityEvaluation.REACHABLE_ROW][2],
          lr.matrix()[MobilityEvaluation.REACHABLE_ROW][3])));
    }
    b.append("\n### Recall@10 of computed candidates\n\n");
    b.append("| origins | stated moves | mode | recall@10 | hit@10 | candidates per origin |\n|---|---:|---|---:|---:|---:|\n");
    if (r.rome() != null) {
      recallRow(b, "ROME sheets vs ROME mobility links", "computed mode (threshold, limit)", r.rome());
      recallRow(b, "ROME sheets vs ROME mobility links", "ranking alone", r.romeRanking());
      recallRow(b, "train half of the ROME origins (settings chosen here)", "computed mode", r.romeTrain());
      recallRow(b, "test half of the ROME origins (reported)", "computed mode", r.romeTest());
    }
    recallRow(b, "branch métiers vs 004/000/001 moves", "ranking alone", r.branchRanking());
    if (!thresholds.isEmpty()) {
      b.append("\n### Overlap threshold\n\nShare of the stated moves whose competence overlap reaches a threshold, ");
      b.append("against the share of all pairs of métiers of the same kind (a threshold is useful where the first stays ");
      b.append("high while the second falls):\n\n| threshold |");
      thresholds.keySet().forEach(k -> b.append(' ').append(k).append(": stated kept | all pairs kept |"));
      b.append("\n|---:|");
      thresholds.keySet().forEach(k -> b.append("---:|---:|"));
      b.append('\n');
      int n = thresholds.values().iterator().next().size();
      for (int i = 0; i < n; i++) {
        b.append(String.format(Locale.ROOT, "| %.2f%s |", thresholds.values().iterator().next().get(i).threshold(),
            thresholds.values().iterator().next().get(i).threshold() == s.candidateOverlap() ? " (chosen)" : ""));
        for (java.util.List<MobilityEvaluation.ThresholdRow> rows : thresholds.values()) {
          b.append(String.format(Locale.ROOT, " %.3f | %.4f |", rows.get(i).statedKept(), rows.get(i).pairsKept()));
        }
        b.append('\n');
      }
    }
    if (cases) {
      b.append("\n### Cases\n\n| from | to | stated | computed | new fields | overlap | proposed | references |\n");
      b.append("|---|---|---:|---:|---|---:|---|---|\n");
      for (MobilityEvaluation.Case c : r.cases()) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.3f | %s | %s |%n", c.from(), c.to(),
            c.stated() == null ? "—" : c.stated(), c.computed(), String.join(" ", c.newFields()), c.overlap(),
            c.proposed() ? "yes" : "no", String.join(" ", c.references())));
      }
    }
    return b.toString();
  }

  public static String performance(MobilityLatency.Report r, String command, String data, String machine) {
    StringBuilder b = new StringBuilder();
    b.append("Produced by `").append(command).append("` (").append(data).append("; ").append(machine).append(").\n\n");
    b.append(String.format(Locale.ROOT, "One call of `Mobility.passerelles(id)` — stated moves, ranking of all %d "
        + "profiles by competence overlap, a gap per target, grouping by degree — in process, after a warm-up:%n%n", r.profiles()));
    b.append("| calls | p50 ms | p95 ms | max ms | CPU p50 ms | CPU p95 ms |\n|---|---:|---:|---:|---:|---:|\n");
    for (MobilityLatency.Timing t : r.timings()) {
      b.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n", t.what(), t.p50(), t.p95(), t.max(),
          t.cpuP50(), t.cpuP95()));
    }
    b.append(String.format(Locale.ROOT, "%nBuilt once at start-up (aligning the branch competences, the profiles, the "
        + "overlap vectors, each origin's coverage index and the judge's reading of its items): %d ms, on top of loading the ROME release and opening the index.%n", r.buildMillis()));
    return b.toString();
  }

  private static int row(MobilityEvaluation.Case c) {
    return c.stated() == null ? MobilityEvaluation.REACHABLE_ROW : c.stated();
  }

  private static void recallRow(StringBuilder b, String what, String mode, MobilityEvaluation.Recall r) {
    b.append(String.format(Locale.ROOT, "| %s | %d | %s | %.4f | %.4f | %.1f |%n", what + " (" + r.sheets() + ")",
        r.links(), mode, r.recallAt10(), r.hitAt10(), r.meanCandidates()));
  }

  /** Agreement with the degrees judged by hand for 001's evolutions (eval/mobility/degree-judgements.tsv). */
  public static String judged(DegreeJudgements.Agreement a) {
    return String.format(Locale.ROOT, "%n### Judged degrees of 001's evolutions%n%n"
        + "Each of 001's evolutions given a degree by hand, with its reason, in `%s`. Agreement of the computed "
        + "degree: **%.3f** on the %d judged moves, **%.3f** on all %d comparable moves with a stated or judged "
        + "degree. Disagreements: %s.%n",
        DegreeJudgements.FILE, a.judgedRate(), a.judged(), a.allRate(), a.all(), String.join(", ", a.disagreements()));
  }

  static String settings(MobilitySettings s) {
    return String.format(Locale.ROOT,
        "Settings: fields at the %s level; counterpart weight %.2f; equivalence %.2f (alignment) and %.2f (texts); "
            + "new field when ≥ %.2f of the target's weight and < %.2f of the origin's, transversal fields %s; "
            + "overlap weights item 1, macro %.2f, term %.2f, field %.2f; ranking bonus same family %.2f, same ROME grand domaine %.2f; candidates from overlap %.2f, at most %d, "
            + "at most %d levels up.",
        s.level().json(), s.counterpartWeight(), s.equivalence(), s.textEquivalence(), s.fieldSignificance(),
        s.originPresence(), s.transversalFields() ? "counted" : "not counted", s.overlapWeights().macro(),
        s.overlapWeights().term(), s.overlapWeights().field(), s.overlapWeights().family(), s.overlapWeights().domain(),
        s.candidateOverlap(), s.candidateLimit(), s.maxLevelRise());
  }
}
