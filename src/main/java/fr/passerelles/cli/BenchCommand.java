package fr.passerelles.cli;

import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.corpus.LabelledTexts;
import fr.passerelles.eval.BenchEngine;
import fr.passerelles.eval.BenchTable;
import fr.passerelles.eval.BenchTask;
import fr.passerelles.eval.GeneratedSection;
import fr.passerelles.eval.HeldOutBenchmark;
import fr.passerelles.eval.NameMask;
import fr.passerelles.eval.PerQueryDump;
import fr.passerelles.eval.RomeHoldout;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.match.ExampleVote;
import fr.passerelles.match.MatchTuning;
import fr.passerelles.match.TextMatcher;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.NlpModels;
import fr.passerelles.rome.RomeRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code bench}: the held-out ROME benchmarks, project beside the stock baseline, on the test
 * sheets unless {@code --split train}. Fold indexes are built under {@code <index>/bench}.
 */
final class BenchCommand {
  static final String SECTION = "heldout-bench";

  private BenchCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    Path romeDir = paths.romeDir().orElseThrow(() -> new UsageException("bench needs the ROME release (--rome DIR)"));
    int folds = args.intFlag("folds", RomeHoldout.DEFAULT_FOLDS);
    RomeHoldout.Split split = RomeHoldout.Split.parse(args.flags().getOrDefault("split", "test"));
    HeldOutBenchmark.Settings settings = HeldOutBenchmark.Settings.of(folds, split)
        .withTexts(HeldOutBenchmark.TextHoldout.parse(args.flags().getOrDefault("holdout", "every")));
    if (args.flags().containsKey("tasks")) {
      settings = settings.withTasks(tasks(args.flags().get("tasks")));
    }
    if (args.flags().containsKey("mask")) {
      // --mask title: only the title's words masked, the construction behind issue 10's stock figure
      try {
        settings = settings.withMask(NameMask.Scope.parse(args.flags().get("mask")));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (args.flags().containsKey("sheets") || args.flags().containsKey("fold")) {
      // a quick partial run: the split's first N sheets, one fold's engines
      settings = settings.restrictedTo(args.intFlag("sheets", 0),
          args.flags().containsKey("fold") ? Set.of(args.intFlag("fold", 0)) : Set.of());
    }
    RomeRelease rome = RomeRelease.load(romeDir);
    if (args.flags().containsKey("zones")) {
      return zones(rome, folds, split, out);
    }
    try (AnalysisChain chain = args.flags().containsKey("chain")
        ? EvalCommand.chain(args.flags().get("chain"), paths.corpusDir()) : AnalysisChain.defaultFor(paths.corpusDir())) {
      HeldOutBenchmark bench = new HeldOutBenchmark(CorpusLoader.load(paths.corpusDir()), rome, chain,
          new InputAnalyzer(NlpModels.fromClasspath()), paths.indexDir().resolve("bench"));
      HeldOutBenchmark.Report report;
      String dumpFile = args.flags().get("dump");
      try (PerQueryDump dump = dumpFile == null ? null : new PerQueryDump(Path.of(dumpFile))) {
        // the project as the service runs it: with the corpus's labelled texts voting (docs/matching.md
        // §4 step 7; the benchmark's queries are ROME sheets, so only the ROME side of the vote reaches them)
        ExampleVote vote = productVote(paths, chain);
        if (args.flags().containsKey("rome-vote")) {
          // --rome-vote γ [--rome-gate τ]: the ROME side of the vote at γ, gated at τ (docs/quality.md,
          // "The vote on the ROME side")
          vote = vote.withRome(Double.parseDouble(args.flags().get("rome-vote")))
              .withRomeGate(Double.parseDouble(args.flags().getOrDefault("rome-gate", "0")));
        }
        if (args.flags().containsKey("rome-near")) {
          // --rome-near τ --rome-near-depth K: under the gate, the vote reorders the fusion's first K
          // ROME sheets from cosine τ (docs/quality.md, "The ROME vote's near band")
          vote = vote.withRomeNear(new ExampleVote.RomeNear(Double.parseDouble(args.flags().get("rome-near")),
              Integer.parseInt(args.flags().getOrDefault("rome-near-depth", "10"))));
        }
        if (args.flags().containsKey("rome-centroid")) {
          // --rome-centroid γ_C --rome-centroid-depth K [--rome-centroid-voiced] [--rome-centroid-plain τ]: the
          // ROME sheets' centroids of their labelled texts (docs/quality.md, "The ROME sheets' centroids",
          // "… where people speak", "The centroids for text not in ROME's style")
          vote = vote.withRomeCentroid(new ExampleVote.RomeCentroid(Double.parseDouble(args.flags().get("rome-centroid")),
              Integer.parseInt(args.flags().getOrDefault("rome-centroid-depth", "20")),
              args.flags().containsKey("rome-centroid-voiced"),
              Double.parseDouble(args.flags().getOrDefault("rome-centroid-plain", "0"))));
        }
        ExampleVote voting = vote;
        // --max-terms N: the whole-text query keeps N terms (docs/quality.md, "The whole-text query's length")
        Function<BenchEngine, TextMatcher> project = args.flags().containsKey("max-terms")
            ? e -> e.textMatcher().withExampleVote(voting)
                .withTuning(MatchTuning.DEFAULT.withMaxTerms(args.intFlag("max-terms", 32)))
            : e -> e.textMatcher().withExampleVote(voting);
        // --bridge β: the project with the annex's bridge at β (docs/quality.md, "The annex's bridge, one pass")
        // --population γ: the project with the ROME sheets the branch's people hold at γ
        // (docs/quality.md, "The ROME sheets the branch's people hold")
        Function<BenchEngine, TextMatcher> system = args.flags().containsKey("bridge")
            ? e -> project.apply(e).withAnnexBridge(Double.parseDouble(args.flags().get("bridge")))
            : args.flags().containsKey("population")
            ? e -> project.apply(e).withPopulationBridge(e.textMatcher().matcher().populationBridge()
                .withWeight(Double.parseDouble(args.flags().get("population")))
                .withGate(Double.parseDouble(args.flags().getOrDefault("population-gate", "0"))))
            : project;
        report = bench.run(settings, java.util.Map.of(HeldOutBenchmark.PROJECT, system), true, dump, out);
      }
      String command = "bin/passerelles bench --folds " + folds + " --split " + split.name().toLowerCase(Locale.ROOT)
          + (settings.mask() == NameMask.Scope.TITLE ? " --mask title" : "");
      String table = String.format(Locale.ROOT,
          "Produced by `%s --write docs/quality.md` in %.1f min (%s, %d folds, %s sheets; chain `%s`).%n%n",
          command, report.millis() / 60_000.0, rome.version().describe(), folds,
          split.name().toLowerCase(Locale.ROOT), chain.id()) + BenchTable.render(report);
      out.println();
      out.print(table);
      boolean partial = settings.sheets() > 0 || !settings.onlyFolds().isEmpty() || !settings.onlyTasks().isEmpty()
          || args.flags().containsKey("bridge") || args.flags().containsKey("population")
          || args.flags().containsKey("rome-vote") || args.flags().containsKey("rome-near")
          || args.flags().containsKey("rome-centroid") || args.flags().containsKey("max-terms")
          || settings.mask() != NameMask.Scope.NAMES;
      if (args.flags().containsKey("write") && partial) {
        throw new UsageException("--write records full runs only (no --sheets, no --fold, no --tasks, no --mask title)");
      }
      if (args.flags().containsKey("write")) {
        GeneratedSection.write(Path.of(args.flags().get("write")), SECTION + "-" + split.name().toLowerCase(Locale.ROOT), table);
        out.println("\nwritten to " + args.flags().get("write"));
      }
      if (dumpFile != null) {
        out.println("per-query top " + HeldOutBenchmark.DEPTH + " written to " + dumpFile);
      }
    }
    return 0;
  }

  /** The corpus's labelled texts voting at the matcher's defaults, read with the benchmark's chain. */
  private static ExampleVote productVote(DataPaths paths, AnalysisChain chain) {
    return ExampleVote.asServed(LabelledTexts.load(paths.corpusDir()), chain.queryAnalyzer());
  }

  /** {@code --zones}: how the noisy queries' parts are read (no engine is built). */
  private static int zones(RomeRelease rome, int folds, RomeHoldout.Split split, PrintWriter out) {
    var queries = fr.passerelles.eval.BenchQueries.build(rome, new RomeHoldout(folds), split, 0, 0);
    InputAnalyzer analyzer = new InputAnalyzer(NlpModels.fromClasspath());
    out.printf(Locale.ROOT, "Zones of the noisy queries, %s sheets:%n%n", split.name().toLowerCase(Locale.ROOT));
    out.println("| set | noise segments | read as tasks | description segments | set aside |");
    out.println("|---|---:|---:|---:|---:|");
    for (var task : java.util.List.of(fr.passerelles.eval.BenchTask.NOISY_AD, fr.passerelles.eval.BenchTask.NOISY_CV)) {
      var c = fr.passerelles.eval.ZoneAccuracy.measure(queries, task, analyzer);
      out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", task.name().toLowerCase(Locale.ROOT),
          c.noise(), c.noiseAsTask(), c.description(), c.descriptionSetAside());
    }
    return 0;
  }

  /** {@code --tasks title,masked}: the tasks by their enum names, in any case. */
  static Set<BenchTask> tasks(String list) {
    Set<BenchTask> out = EnumSet.noneOf(BenchTask.class);
    for (String t : list.split(",")) {
      try {
        out.add(BenchTask.valueOf(t.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--tasks lists description, masked, noisy_ad, noisy_cv or title, not " + t.strip());
      }
    }
    return out;
  }
}
