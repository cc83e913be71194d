package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.DegreeJudgements;
import fr.passerelles.eval.MarkdownSection;
import fr.passerelles.eval.MobilityEvaluation;
import fr.passerelles.eval.MobilityKeyGapSample;
import fr.passerelles.eval.MobilityLatency;
import fr.passerelles.eval.MobilityReport;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.FieldLevel;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.MobilityScope;
import fr.passerelles.mobility.MobilitySettings;
import fr.passerelles.mobility.OverlapWeights;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval-mobility}: degree agreement with the referential, reachability of 001's evolutions,
 * recall@10 of computed candidates against ROME's mobility links, and the latency of passerelles
 * by degree. Settings can be overridden to compare variants; {@code --write} rewrites the
 * "Mobility" section of docs/quality.md and the "Passerelles" section of docs/performance.md.
 */
final class EvalMobilityCommand {
  static final String QUALITY = "docs/quality.md";
  static final String PERFORMANCE = "docs/performance.md";

  private EvalMobilityCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    try (Passerelles p = Passerelles.open(paths)) {
      Mobility mobility = p.mobility();
      MobilitySettings s = settings(args, mobility.settings());
      if (!s.equals(mobility.settings())) {
        mobility = mobility.with(s);
      }
      if (args.flags().containsKey("key-gaps")) {
        // the key gaps of the seven reviewed origins, all or a seeded sample, to grade by hand
        var all = MobilityKeyGapSample.all(mobility);
        int n = args.intFlag("key-gaps", 0);
        out.print(MobilityKeyGapSample.tsv(n <= 0 ? all : MobilityKeyGapSample.sample(all, n, args.intFlag("seed", 13))));
        return 0;
      }
      if (args.flags().containsKey("grades")) {
        // how every métier got its classification level, and the moves of the seven origins it decides
        out.print(fr.passerelles.eval.MobilityGrades.report(mobility));
        p.rome().ifPresent(r -> out.print(fr.passerelles.mobility.GradeFallbackCheck.report(r)));
        return 0;
      }
      if (args.flags().containsKey("grades-sample")) {
        // levels from the fallback rules, hash-chosen, to grade by hand (eval/mobility/grades-sample-graded.tsv)
        out.print(fr.passerelles.eval.MobilityGrades.sample(mobility, args.intFlag("grades-sample", 30),
            args.flags().getOrDefault("seed", "grades")));
        return 0;
      }
      if (args.flags().containsKey("ranking-dump")) {
        // origin, candidate, overlap: the ranking of every ROME sheet, to study other orderings offline
        int depth = args.intFlag("ranking-dump", 100);
        for (MetierProfile o : mobility.profiles()) {
          if (o.type() == SheetType.ROME) {
            for (Mobility.Candidate c : mobility.ranking(o.id(), MobilityScope.ROME, depth)) {
              out.printf(Locale.ROOT, "%s\t%s\t%.5f%n", o.id(), c.target().id(), c.overlap());
            }
          }
        }
        return 0;
      }
      if (args.flags().containsKey("ranking-features")) {
        // every content signal of each ROME origin's candidates, to fit and study a ranking offline
        fr.passerelles.eval.MobilityRankingFeatures.write(p, mobility, args.intFlag("ranking-features", 300), out);
        return 0;
      }
      if (args.flags().containsKey("fit-ranking")) {
        // the learned ranking fitted on train origins only: on each inner half measured on the other,
        // then on all of train; never on the test half (read once, by the plain eval-mobility)
        java.util.function.Predicate<String> train = MobilityEvaluation::trainOrigin;
        MobilitySettings before = s.withRanking(null);
        out.printf(Locale.ROOT, "overlap and bonuses (no learned ranking): train recall@10 %.4f%n",
            MobilityEvaluation.recall(mobility.with(before), SheetType.ROME, true, train).recallAt10());
        for (boolean half : new boolean[] {true, false}) {
          fr.passerelles.mobility.RankingWeights w = fr.passerelles.eval.MobilityRankingFit.fit(mobility,
              o -> train.test(o) && fr.passerelles.eval.MobilityRankingFit.innerHalf(o) == half);
          Mobility m = mobility.with(s.withRanking(w));
          java.util.function.Predicate<String> other = o -> train.test(o) && fr.passerelles.eval.MobilityRankingFit.innerHalf(o) != half;
          out.printf(Locale.ROOT, "fitted on inner half %s, measured on the other: learned %.4f, before %.4f%n", half,
              MobilityEvaluation.recall(m, SheetType.ROME, true, other).recallAt10(),
              MobilityEvaluation.recall(mobility.with(before), SheetType.ROME, true, other).recallAt10());
          out.flush();
        }
        fr.passerelles.mobility.RankingWeights w = fr.passerelles.eval.MobilityRankingFit.fit(mobility, train);
        out.printf(Locale.ROOT, "fitted on all train origins: train recall@10 %.4f%n",
            MobilityEvaluation.recall(mobility.with(s.withRanking(w)), SheetType.ROME, true, train).recallAt10());
        StringBuilder b = new StringBuilder("new RankingWeights(");
        double[] v = w.values();
        for (int j = 0; j < v.length; j++) {
          b.append(String.format(Locale.ROOT, "%s%.4f", j == 0 ? "" : ", ", v[j]));
        }
        out.println(b.append(")  // ").append(String.join(", ", fr.passerelles.mobility.RankingSignals.NAMES)));
        // what the order costs: the computed candidates of every ROME origin, best of three runs each
        Mobility byOverlap = mobility.with(before);
        out.printf(Locale.ROOT, "candidates of every ROME origin: %d ms learned, %d ms by overlap (best of 3)%n",
            candidatesMillis(mobility), candidatesMillis(byOverlap));
        return 0;
      }
      if (args.flags().containsKey("ranking-grid")) {
        // the ranking bonuses, chosen on the train half of the ROME origins; the test half beside
        double[] grid = {0, 0.02, 0.05, 0.1, 0.2, 0.4};
        for (double family : grid) {
          for (double domain : grid) {
            OverlapWeights w = s.overlapWeights();
            Mobility m = mobility.with(s.withRanking(null).withOverlapWeights(
                new OverlapWeights(w.macro(), w.term(), w.field(), family, domain)));
            MobilityEvaluation.Recall train = MobilityEvaluation.recall(m, SheetType.ROME, true, MobilityEvaluation::trainOrigin);
            MobilityEvaluation.Recall test = MobilityEvaluation.recall(m, SheetType.ROME, true, o -> !MobilityEvaluation.trainOrigin(o));
            out.printf(Locale.ROOT, "family %.2f domain %.2f  train recall@10 %.4f (%d)  test %.4f (%d)%n", family, domain,
                train.recallAt10(), train.sheets(), test.recallAt10(), test.sheets());
            out.flush();
          }
        }
        return 0;
      }
      if (args.flags().containsKey("degree-grid")) {
        // the two field thresholds of docs/mobility.md § 4 at each level, against every stated or judged degree
        java.util.List<DegreeJudgements.Judgement> judged = DegreeJudgements.read(DegreeJudgements.FILE);
        for (FieldLevel level : FieldLevel.values()) {
          for (double significance : new double[] {0.05, 0.10, 0.15, 0.20, 0.25}) {
            for (double presence : new double[] {0.02, 0.05, 0.10, 0.15}) {
              Mobility m = mobility.with(s.withLevel(level).withFields(significance, presence, s.transversalFields()));
              DegreeJudgements.Agreement a = DegreeJudgements.agreement(MobilityEvaluation.run(m, false), judged);
              out.printf(Locale.ROOT, "%s significance %.2f presence %.2f  stated+judged %d/%d = %.3f  judged %d/%d%n",
                  level, significance, presence, a.allAgree(), a.all(), a.allRate(), a.judgedAgree(), a.judged());
              out.flush();
            }
          }
        }
        return 0;
      }
      boolean withRome = p.rome().isPresent();
      MobilityEvaluation.Report report = MobilityEvaluation.run(mobility, withRome);
      Map<FieldLevel, MobilityEvaluation.Report> levels = new LinkedHashMap<>();
      for (FieldLevel level : FieldLevel.values()) {
        levels.put(level, level == s.level() ? report : MobilityEvaluation.run(mobility.with(s.withLevel(level)), false));
      }
      String command = commandLine(args);
      String data = p.rome().map(r -> r.version().describe()).orElse("no ROME release") + ", corpus "
          + p.corpus().checksum().substring(0, 12);
      Map<String, java.util.List<MobilityEvaluation.ThresholdRow>> thresholds = new LinkedHashMap<>();
      double[] ths = {0.02, 0.05, 0.08, 0.1, 0.15, 0.2};
      if (withRome) {
        thresholds.put("ROME links", MobilityEvaluation.thresholds(mobility, SheetType.ROME, ths));
      }
      thresholds.put("branch moves", MobilityEvaluation.thresholds(mobility, SheetType.BRANCH, ths));
      String quality = MobilityReport.quality(report, s, levels, thresholds, command, data, args.flags().containsKey("cases"));
      if (java.nio.file.Files.isRegularFile(DegreeJudgements.FILE)) {
        quality = quality + MobilityReport.judged(DegreeJudgements.agreement(report,
            DegreeJudgements.read(DegreeJudgements.FILE)));
      }
      out.print(quality);
      String performance = null;
      if (!args.flags().containsKey("no-latency")) {
        MobilityLatency.Report latency = MobilityLatency.run(mobility, "0102");
        performance = MobilityReport.performance(latency, command, data, machine());
        out.println();
        out.print(performance);
      }
      if (args.flags().containsKey("write")) {
        MarkdownSection.write(Path.of(QUALITY), "Quality", "Mobility", quality);
        if (performance != null) {
          MarkdownSection.write(Path.of(PERFORMANCE), "Performance", "Passerelles", performance);
        }
        out.println();
        out.println("written: " + QUALITY + (performance != null ? ", " + PERFORMANCE : ""));
      }
    }
    return 0;
  }

  private static long candidatesMillis(Mobility m) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      for (MetierProfile o : m.profiles()) {
        if (o.type() == SheetType.ROME) {
          m.candidates(o.id(), MobilityScope.ROME);
        }
      }
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
    }
    return best;
  }

  /** The command as typed, flags in name order (enough to reproduce it). */
  static String commandLine(Args args) {
    StringBuilder b = new StringBuilder("bin/passerelles ").append(String.join(" ", args.positionals()));
    args.flags().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      b.append(" --").append(e.getKey());
      if (!e.getValue().equals("true")) {
        b.append(' ').append(e.getValue());
      }
    });
    return b.toString();
  }

  /** The JVM and machine, with the load average: latency on a shared machine says little without it. */
  private static String machine() {
    return String.format(Locale.ROOT, "JDK %s, %d processors, %s, load average %.1f", Runtime.version().feature(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  static MobilitySettings settings(Args args, MobilitySettings d) {
    FieldLevel level = args.flags().containsKey("level") ? FieldLevel.parse(args.flags().get("level")) : d.level();
    double significance = doubleFlag(args, "significance", d.fieldSignificance());
    double presence = doubleFlag(args, "presence", d.originPresence());
    boolean transversal = args.flags().containsKey("transversal")
        ? Boolean.parseBoolean(args.flags().get("transversal")) : d.transversalFields();
    double overlap = doubleFlag(args, "overlap", d.candidateOverlap());
    OverlapWeights w = d.overlapWeights();
    OverlapWeights weights = new OverlapWeights(doubleFlag(args, "macro-weight", w.macro()),
        doubleFlag(args, "term-weight", w.term()), doubleFlag(args, "field-weight", w.field()),
        doubleFlag(args, "family-weight", w.family()), doubleFlag(args, "domain-weight", w.domain()));
    // --learned-ranking false: a ROME origin's candidates by overlap and bonuses, as before the learned ranking
    boolean learned = !"false".equals(args.flags().get("learned-ranking"));
    return d.withLevel(level).withCounterpart(doubleFlag(args, "counterpart", d.counterpartWeight()))
        .withFields(significance, presence, transversal).withOverlapWeights(weights)
        .withCandidates(overlap, args.intFlag("limit", d.candidateLimit())).withRanking(learned ? d.ranking() : null);
  }

  private static double doubleFlag(Args args, String name, double d) {
    String v = args.flags().get(name);
    if (v == null) {
      return d;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " expects a number, got " + v);
    }
  }
}
