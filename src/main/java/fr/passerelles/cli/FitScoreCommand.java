package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.EvalQuery;
import fr.passerelles.eval.BranchAffinityGrid;
import fr.passerelles.eval.BranchShareGrid;
import fr.passerelles.eval.EvalSet;
import fr.passerelles.eval.RomeShareGrid;
import fr.passerelles.eval.ScoreModelFitter;
import fr.passerelles.index.SheetType;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.eval.HeldOutBenchmark;
import fr.passerelles.eval.RomeHoldout;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.match.ScoreModel;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.NlpModels;
import fr.passerelles.rome.RomeRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * {@code fit-score}: fits the matcher's fusion model on labelled queries and writes it where the
 * matcher reads it ({@code --write}).
 */
final class FitScoreCommand {
  static final Path MODEL_DIR = Path.of("src/main/resources/fr/passerelles/match");

  /**
   * The development set's share of the ROME fit, beside the benchmark's train sheets: the lowest
   * of {@code --dev-shares 0.5,0.4,0.3,0.2,0.1} whose fit keeps the development set's ROME top-3 at
   * its level before the fit (0.701), so that the benchmark, built by construction, weighs as much
   * as that allows (docs/matching.md §4).
   */
  static final double DEV_SHARE = 0.5;

  /**
   * The development set's share of the model for texts that name no job, chosen by the same rule
   * (ROME top-3 kept at 0.701, the floor): the lowest of {@code --dev-shares
   * 0.5,0.55,0.6,0.62,0.64,0.66,0.68,0.7} whose fit keeps it (docs/matching.md §4). December 5:
   * 0.64 (0.5 to 0.62 keep 0.687 to 0.694); with the latent features (`latentRel`, `latentCos`)
   * 0.2 of 0.1 to 0.6 (0.1 keeps 0.679, 0.2 0.709; docs/matching.md §4, "Meaning beyond shared words").
   */
  static final double DEV_SHARE_UNNAMED = 0.2;

  private FitScoreCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    EvalSet set = EvalSet.load(Path.of(args.flags().getOrDefault("queries", EvalCommand.DEFAULT_QUERIES)));
    List<ScoreModelFitter.Labelled> queries = new ArrayList<>();
    for (EvalQuery q : set.queries()) {
      if (!q.branch().isEmpty()) {
        queries.add(ScoreModelFitter.Labelled.of(q.text(), SheetType.BRANCH, new HashSet<>(q.branch())));
      }
      if (!q.rome().isEmpty()) {
        queries.add(ScoreModelFitter.Labelled.of(q.text(), SheetType.ROME, new HashSet<>(q.rome())));
      }
    }
    if (args.flags().containsKey("compare")) {
      return compare(args, paths, out);
    }
    if (args.flags().containsKey("branch-extra") && args.flags().containsKey("branch-affinity")) {
      return branchAffinity(args, paths, queries.stream().filter(q -> q.type() == SheetType.BRANCH).toList(), out);
    }
    if (args.flags().containsKey("branch-extra") && args.flags().containsKey("branch-confidence")) {
      return branchConfidence(args, paths, queries.stream().filter(q -> q.type() == SheetType.BRANCH).toList(), out);
    }
    if (args.flags().containsKey("branch-extra")) {
      return branchWithRealText(args, paths, queries.stream().filter(q -> q.type() == SheetType.BRANCH).toList(), out);
    }
    List<ScoreModelFitter.QueryRows> rows = new ArrayList<>();
    // --dump-rows FILE: every fitted ranking as TSV (features, right, the query's kind and size; never its text)
    PrintWriter dump = args.flags().containsKey("dump-rows")
        ? new PrintWriter(Files.newBufferedWriter(Path.of(args.flags().get("dump-rows")))) : null;
    if (dump != null) {
      dump.println("source\tkind\tquery\twords\tlines\tnamed\tright\t" + String.join("\t", fr.passerelles.match.ScoreFeatures.NAMES));
    }
    String what = "the development set (" + queries.size() + " rankings)";
    if (args.flags().containsKey("bench")) {
      // the held-out benchmark's TRAIN sheets only: its test sheets stay unseen
      Path romeDir = paths.romeDir().orElseThrow(() -> new UsageException("--bench needs the ROME release"));
      int folds = args.intFlag("folds", RomeHoldout.DEFAULT_FOLDS);
      HeldOutBenchmark.Settings settings = HeldOutBenchmark.Settings.of(folds, RomeHoldout.Split.TRAIN);
      if (args.flags().containsKey("sheets")) {
        settings = settings.restrictedTo(args.intFlag("sheets", 0), java.util.Set.of());
      }
      try (AnalysisChain chain = AnalysisChain.defaultFor(paths.corpusDir())) {
        HeldOutBenchmark bench = new HeldOutBenchmark(CorpusLoader.load(paths.corpusDir()), RomeRelease.load(romeDir),
            chain, new InputAnalyzer(NlpModels.fromClasspath()), paths.indexDir().resolve("bench"));
        int before = rows.size();
        bench.observe(settings, e -> e.textMatcher().withModels(fr.passerelles.match.ScoreModels.NEUTRAL).fusionAlone(),
            (q, ranked) -> ScoreModelFitter.rows(ranked, m -> m.id().equals(q.gold())).ifPresent(r -> {
              rows.add(r);
              dumpRows(dump, "bench", q.task().name().toLowerCase(Locale.ROOT), q.id(), q.text(), r);
            }), out);
        what += " and the benchmark's train sheets (" + (rows.size() - before) + " rankings, "
            + folds + " folds)";
      }
    }
    try (Passerelles p = Passerelles.open(paths)) {
      String command = "bin/passerelles fit-score" + (args.flags().containsKey("bench") ? " --bench" : "");
      List<ScoreModelFitter.Labelled> branchQueries = queries.stream().filter(q -> q.type() == SheetType.BRANCH).toList();
      List<ScoreModelFitter.Labelled> romeQueries = queries.stream().filter(q -> q.type() == SheetType.ROME).toList();
      ScoreModel branch = ScoreModelFitter.fit(ScoreModelFitter.collect(p.textMatcher(), branchQueries),
          command + " on the development set's branch rankings (" + branchQueries.size() + ")");
      List<ScoreModelFitter.QueryRows> devRome = ScoreModelFitter.collect(p.textMatcher(), romeQueries);
      if (dump != null) {
        List<EvalQuery> withRome = set.queries().stream().filter(q -> !q.rome().isEmpty()).toList();
        // collect() skips a query refused as not French: match the rows back by position only when none was
        if (withRome.size() == devRome.size()) {
          for (int i = 0; i < withRome.size(); i++) {
            dumpRows(dump, "dev", withRome.get(i).kind(), withRome.get(i).id(), withRome.get(i).text(), devRome.get(i));
          }
        }
        dump.close();
      }
      String romeWhat = command + " on the development set's ROME rankings (" + romeQueries.size() + ")"
          + what.substring(what.indexOf(')') + 1);
      // Texts that name a job and texts that name none pull the fusion apart: one model each,
      // on the same sources (docs/matching.md §4).
      List<ScoreModelFitter.QueryRows> devNamed = devRome.stream().filter(ScoreModelFitter.QueryRows::named).toList();
      List<ScoreModelFitter.QueryRows> devUnnamed = devRome.stream().filter(q -> !q.named()).toList();
      List<ScoreModelFitter.QueryRows> benchNamed = rows.stream().filter(ScoreModelFitter.QueryRows::named).toList();
      List<ScoreModelFitter.QueryRows> benchUnnamed = rows.stream().filter(q -> !q.named()).toList();
      if (args.flags().containsKey("rome-extra")) {
        return romeWithRealText(args, p, devRome, rows, command, out);
      }
      double devShare = Double.parseDouble(args.flags().getOrDefault("dev-share", String.valueOf(DEV_SHARE)));
      // --monotone: every weight at zero or above (docs/quality.md, "A monotone fusion")
      boolean monotone = args.flags().containsKey("monotone");
      double[] grid = monotone ? ScoreModelFitter.MONOTONE_GRID : ScoreModelFitter.GRID;
      romeWhat += monotone ? ", every weight at zero or above" : "";
      // --unnamed-nonnegative a,b: those signals' weights at zero or above in the model for texts that name no job
      java.util.Set<String> unnamedNonNegative = args.flags().containsKey("unnamed-nonnegative")
          ? java.util.Set.of(args.flags().get("unnamed-nonnegative").split(",")) : java.util.Set.of();
      ScoreModel rome = ScoreModelFitter.fit(ScoreModelFitter.shares(devNamed, benchNamed, devShare),
          romeWhat + String.format(Locale.ROOT, ", texts that name a job, the development set weighing %.2f", devShare), grid);
      if (args.flags().containsKey("dev-shares")) {
        // how the development set's share of the unnamed model was chosen: each share's fit, read on both sources
        for (String share : args.flags().get("dev-shares").split(",")) {
          double d = Double.parseDouble(share);
          ScoreModel m = ScoreModelFitter.fit(ScoreModelFitter.shares(devUnnamed, benchUnnamed, d), "share " + share, grid);
          out.printf(Locale.ROOT, "unnamed dev share %.2f: dev ROME top-3 %.3f, benchmark train top-3 %.3f (unnamed %.3f); %s%n", d,
              ScoreModelFitter.top3(devRome, rome, m), ScoreModelFitter.top3(rows, rome, m), ScoreModelFitter.top3(benchUnnamed, m),
              m.toProperties().lines().filter(l -> l.startsWith("weight")).toList());
        }
        return 0;
      }
      double unnamedShare = Double.parseDouble(args.flags().getOrDefault("dev-share-unnamed", String.valueOf(DEV_SHARE_UNNAMED)));
      ScoreModel romeUnnamed = ScoreModelFitter.fit(ScoreModelFitter.shares(devUnnamed, benchUnnamed, unnamedShare),
          romeWhat + String.format(Locale.ROOT, ", texts that name no job, the development set weighing %.2f", unnamedShare)
              + (unnamedNonNegative.isEmpty() ? "" : ", " + String.join(", ", new java.util.TreeSet<>(unnamedNonNegative)) + " at zero or above"),
          grid, unnamedNonNegative);
      out.printf(Locale.ROOT, "dev ROME top-3 %.3f, benchmark train top-3 %.3f (%d named, %d unnamed rankings)%n",
          ScoreModelFitter.top3(devRome, rome, romeUnnamed), ScoreModelFitter.top3(rows, rome, romeUnnamed),
          devNamed.size() + benchNamed.size(), devUnnamed.size() + benchUnnamed.size());
      out.println("# branch");
      out.print(branch.toProperties());
      out.println("# ROME, texts that name a job");
      out.print(rome.toProperties());
      out.println("# ROME, texts that name none");
      out.print(romeUnnamed.toProperties());
      if (args.flags().containsKey("write")) {
        if (args.flags().containsKey("branch")) {
          // the committed branch model is the one without titleNear (docs/matching.md §4): rewritten only when asked
          Files.writeString(MODEL_DIR.resolve("score-model-branch.properties"), branch.toProperties());
        }
        Files.writeString(MODEL_DIR.resolve("score-model-rome.properties"), rome.toProperties());
        Files.writeString(MODEL_DIR.resolve("score-model-rome-unnamed.properties"), romeUnnamed.toProperties());
        out.println("written to " + MODEL_DIR);
      }
    }
    return 0;
  }

  /**
   * {@code fit-score --branch-extra FILES --split dev}: the branch fusion fitted on the development
   * set and the branch-labelled texts of FILES (one split of each), the development set weighing
   * each of {@code --branch-dev-shares} in turn, read beside the committed model; or, with
   * {@code --branch-dev-share D --write}, that one fit written as the branch model (the ROME models
   * are left as they are). docs/quality.md, "A branch fusion fitted on real text too".
   */
  private static int branchWithRealText(Args args, DataPaths paths, List<ScoreModelFitter.Labelled> devSet,
      PrintWriter out) throws IOException {
    String split = args.flags().get("split");
    String files = args.flags().get("branch-extra");
    java.util.Map<String, List<ScoreModelFitter.Labelled>> real = new java.util.LinkedHashMap<>();
    for (String f : files.split(",")) {
      EvalSet one = EvalCommand.querySet(f.strip(), split);
      real.put(f.strip(), one.queries().stream().filter(q -> !q.branch().isEmpty())
          .map(q -> ScoreModelFitter.Labelled.of(q.text(), SheetType.BRANCH, new HashSet<>(q.branch()))).toList());
    }
    try (Passerelles p = Passerelles.open(paths)) {
      java.util.Map<String, List<ScoreModelFitter.QueryRows>> realRows = new java.util.LinkedHashMap<>();
      real.forEach((f, qs) -> realRows.put(f, ScoreModelFitter.collect(p.textMatcher(), qs)));
      BranchShareGrid grid = new BranchShareGrid(ScoreModelFitter.collect(p.textMatcher(), devSet), realRows);
      out.printf(Locale.ROOT, "branch rankings: development set %d, real texts %d (%s)%n", grid.devSet().size(),
          grid.real().size(), realRows.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList());
      String command = "bin/passerelles fit-score --branch-extra " + files + (split == null ? "" : " --split " + split);
      if (args.flags().containsKey("branch-dev-shares")) {
        List<BranchShareGrid.Row> rows = new ArrayList<>();
        rows.add(grid.read("committed", p.textMatcher().matcher().models().branch()));
        // --branch-by-kind: one model for texts that name a job, one for the others, as on the ROME side
        boolean byKind = args.flags().containsKey("branch-by-kind");
        if (byKind) {
          out.println(grid.kinds());
        }
        for (String share : args.flags().get("branch-dev-shares").split(",")) {
          double d = Double.parseDouble(share);
          rows.add(byKind ? grid.fitByKind(d, "share " + share) : grid.fit(d, "share " + share));
          if (byKind) {
            out.println("  by kind " + share + ", unnamed model " + grid.unnamedAt(d).toProperties().lines()
                .filter(l -> l.startsWith("weight")).map(l -> l.substring("weight.".length())).toList());
          }
        }
        for (BranchShareGrid.Row r : rows) {
          out.printf(Locale.ROOT, "%-11s development set %s | real in sample %s | real, file left out %s%n  %s%n", r.name(),
              r.devSet(), r.realInSample(), r.realHeldOut(),
              r.model().toProperties().lines().filter(l -> l.startsWith("weight")).map(l -> l.substring("weight.".length())).toList());
        }
        return 0;
      }
      double share = Double.parseDouble(args.flags().getOrDefault("branch-dev-share", "1"));
      BranchShareGrid.Row r = grid.fit(share, command + String.format(Locale.ROOT, " --branch-dev-share %.2f"
          + " on the development set's branch rankings (%d) and the real texts' (%d), the development set weighing %.2f",
          share, grid.devSet().size(), grid.real().size(), share));
      out.printf(Locale.ROOT, "development set %s | real in sample %s | real, file left out %s%n", r.devSet(), r.realInSample(), r.realHeldOut());
      out.print(r.model().toProperties());
      if (args.flags().containsKey("write")) {
        Files.writeString(MODEL_DIR.resolve("score-model-branch.properties"), r.model().toProperties());
        out.println("written to " + MODEL_DIR.resolve("score-model-branch.properties") + " (the ROME models unchanged)");
      }
    }
    return 0;
  }

  /**
   * {@code fit-score --bench --rome-extra FILES --split all}: both ROME fusions fitted on the
   * development set, the real texts of FILES and the benchmark's train sheets, the real texts
   * taking each of {@code --rome-real-shares} of the development set's part in turn, read beside
   * the committed models; or, with {@code --rome-real-share R --write}, that one pair written (the
   * branch model is left as it is). docs/quality.md, "The ROME fusion fitted on the eight
   * real-style sets too".
   */
  private static int romeWithRealText(Args args, Passerelles p, List<ScoreModelFitter.QueryRows> devRome,
      List<ScoreModelFitter.QueryRows> bench, String command, PrintWriter out) throws IOException {
    String split = args.flags().get("split");
    String files = args.flags().get("rome-extra");
    java.util.Map<String, List<ScoreModelFitter.QueryRows>> real = new java.util.LinkedHashMap<>();
    for (String f : files.split(",")) {
      List<ScoreModelFitter.Labelled> qs = EvalCommand.querySet(f.strip(), split).queries().stream()
          .filter(q -> !q.rome().isEmpty())
          .map(q -> ScoreModelFitter.Labelled.of(q.text(), SheetType.ROME, new HashSet<>(q.rome()))).toList();
      real.put(f.strip(), ScoreModelFitter.collect(p.textMatcher(), qs));
    }
    RomeShareGrid grid = new RomeShareGrid(devRome, bench, real, DEV_SHARE, DEV_SHARE_UNNAMED);
    out.printf(Locale.ROOT, "ROME rankings: development set %d, benchmark train %d, real texts %d (%s)%n", devRome.size(),
        bench.size(), grid.real().size(), real.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList());
    String what = command + " --rome-extra " + files + (split == null ? "" : " --split " + split);
    List<RomeShareGrid.Row> rowsOut = new ArrayList<>();
    if (args.flags().containsKey("rome-real-shares")) {
      var models = p.textMatcher().matcher().models();
      rowsOut.add(grid.read("committed", models.rome(), models.romeUnnamed()));
      for (String share : args.flags().get("rome-real-shares").split(",")) {
        rowsOut.add(grid.fit(Double.parseDouble(share), what + " --rome-real-share " + share));
      }
    } else {
      double rho = Double.parseDouble(args.flags().getOrDefault("rome-real-share", "0"));
      rowsOut.add(grid.fit(rho, what + String.format(Locale.ROOT, " --rome-real-share %.2f: the real texts (%d) weighing"
          + " %.2f of the development set's part", rho, grid.real().size(), rho)));
    }
    for (RomeShareGrid.Row r : rowsOut) {
      out.printf(Locale.ROOT, "%-16s development set %s | benchmark train %s | real in sample %s | real, file left out %s%n",
          r.name(), r.devSet(), r.bench(), r.realInSample(), r.realHeldOut());
      out.println("  named " + weights(r.named()));
      out.println("  unnamed " + weights(r.unnamed()));
    }
    if (args.flags().containsKey("write") && !args.flags().containsKey("rome-real-shares")) {
      Files.writeString(MODEL_DIR.resolve("score-model-rome.properties"), rowsOut.get(0).named().toProperties());
      Files.writeString(MODEL_DIR.resolve("score-model-rome-unnamed.properties"), rowsOut.get(0).unnamed().toProperties());
      out.println("written to " + MODEL_DIR + " (the branch model unchanged)");
    }
    return 0;
  }

  /**
   * {@code fit-score --branch-extra FILES --split all --branch-confidence}: the committed branch
   * model's {@code confidentAt} recomputed by the fit's rule over the development set's branch texts
   * and every text of FILES, those without a branch label counting as texts whose first branch
   * métier is wrong; {@code --write} writes the model with it (weights and scale unchanged).
   * docs/quality.md, "A branch answer's confidence, set on texts outside the branch too".
   */
  private static int branchConfidence(Args args, DataPaths paths, List<ScoreModelFitter.Labelled> devSet, PrintWriter out)
      throws IOException {
    String split = args.flags().get("split");
    String files = args.flags().get("branch-extra");
    List<ScoreModelFitter.Labelled> labelled = new ArrayList<>(devSet);
    List<ScoreModelFitter.Labelled> outside = new ArrayList<>();
    for (String f : files.split(",")) {
      for (EvalQuery q : EvalCommand.querySet(f.strip(), split).queries()) {
        (q.branch().isEmpty() ? outside : labelled).add(
            ScoreModelFitter.Labelled.of(q.text(), SheetType.BRANCH, new HashSet<>(q.branch())));
      }
    }
    try (Passerelles p = Passerelles.open(paths)) {
      ScoreModel committed = p.textMatcher().matcher().models().branch();
      List<ScoreModelFitter.QueryRows> in = ScoreModelFitter.collect(p.textMatcher(), labelled);
      List<ScoreModelFitter.QueryRows> out2 = ScoreModelFitter.collect(p.textMatcher(), outside);
      List<ScoreModelFitter.QueryRows> all = new ArrayList<>(in);
      all.addAll(out2);
      double t = ScoreModelFitter.confidentAt(committed, all);
      out.printf(Locale.ROOT, "branch texts %d (development set and labelled real texts), texts without a branch label %d%n",
          in.size(), out2.size());
      for (double at : new double[] {committed.confidentAt(), t}) {
        int[] c = ScoreModelFitter.confidentCounts(committed, in, at);
        int[] o = ScoreModelFitter.confidentCounts(committed, out2, at);
        out.printf(Locale.ROOT, "confidentAt %.4f: labelled texts confident %d (right %d) of %d; without a label confident %d of %d%n",
            at, c[0], c[1], in.size(), o[0], out2.size());
      }
      if (args.flags().containsKey("write")) {
        ScoreModel written = new ScoreModel(committed.bias(), committed.weights(), t, committed.fittedOn()
            + "; confidentAt by fit-score --branch-confidence over the development set and " + fileNames(files, split)
            + ", texts without a branch label counted as wrong first answers");
        Files.writeString(MODEL_DIR.resolve("score-model-branch.properties"), written.toProperties());
        out.println("written to " + MODEL_DIR.resolve("score-model-branch.properties"));
      }
    }
    return 0;
  }

  /**
   * {@code fit-score --branch-extra FILES --split all --branch-affinity}: the committed branch model's
   * affinity floor, the one of best net confident answers (right less wrong) over the development
   * set's branch texts and every text of FILES, those without a branch label counting as wrong, its
   * score threshold held; {@code --write} writes the model with it (nothing else changes).
   * docs/quality.md, "A branch answer's confidence: how near the branch the text is".
   */
  private static int branchAffinity(Args args, DataPaths paths, List<ScoreModelFitter.Labelled> devSet, PrintWriter out)
      throws IOException {
    String split = args.flags().get("split");
    String files = args.flags().get("branch-extra");
    record Text(ScoreModelFitter.Labelled query, boolean labelled) {}
    List<Text> texts = new ArrayList<>();
    devSet.forEach(q -> texts.add(new Text(q, true)));
    for (String f : files.split(",")) {
      for (EvalQuery q : EvalCommand.querySet(f.strip(), split).queries()) {
        texts.add(new Text(ScoreModelFitter.Labelled.of(q.text(), SheetType.BRANCH, new HashSet<>(q.branch())),
            !q.branch().isEmpty()));
      }
    }
    try (Passerelles p = Passerelles.open(paths)) {
      ScoreModel committed = p.textMatcher().matcher().models().branch();
      List<BranchAffinityGrid.Answer> answers = new ArrayList<>();
      for (Text t : texts) {
        fr.passerelles.match.MatchResult r;
        try {
          r = p.textMatcher().match(t.query().text(), fr.passerelles.match.MatchOptions.DEFAULT.withType(SheetType.BRANCH));
        } catch (fr.passerelles.match.NotFrenchException e) {
          continue;
        }
        if (!r.matches().isEmpty()) {
          answers.add(new BranchAffinityGrid.Answer(r.matches().get(0).score(), r.branchAffinity(), t.labelled(),
              t.query().right().test(r.matches().get(0))));
        }
      }
      long labelled = answers.stream().filter(BranchAffinityGrid.Answer::labelled).count();
      out.printf(Locale.ROOT, "branch answers %d: labelled %d, without a branch label %d; confidentAt %.4f held%n",
          answers.size(), labelled, answers.size() - labelled, committed.confidentAt());
      out.println("| affinity floor | confident right | confident wrong | of which outside the branch | net |");
      out.println("|---:|---:|---:|---:|---:|");
      List<BranchAffinityGrid.Row> grid = BranchAffinityGrid.grid(answers, committed.confidentAt());
      for (BranchAffinityGrid.Row r : grid) {
        out.printf(Locale.ROOT, "| %.2f | %d | %d | %d | %d |%n", r.floor(), r.right(), r.wrong(), r.outside(), r.net());
      }
      BranchAffinityGrid.Row chosen = BranchAffinityGrid.chosen(grid);
      out.printf(Locale.ROOT, "chosen floor %.2f (committed %.2f)%n", chosen.floor(), committed.confidentAffinity());
      if (args.flags().containsKey("write")) {
        ScoreModel written = committed.withConfidentAffinity(chosen.floor(), committed.fittedOn()
            + "; confidentAffinity by fit-score --branch-affinity over the development set and " + fileNames(files, split));
        Files.writeString(MODEL_DIR.resolve("score-model-branch.properties"), written.toProperties());
        out.println("written to " + MODEL_DIR.resolve("score-model-branch.properties"));
      }
    }
    return 0;
  }

  /** The {@code --branch-extra} files by name, and their split: how a model file says what it was set on. */
  private static String fileNames(String files, String split) {
    return java.util.Arrays.stream(files.split(",")).map(f -> Path.of(f.strip()).getFileName().toString()).toList()
        + (split == null ? "" : " (split " + split + ")");
  }

  private static List<String> weights(ScoreModel m) {
    return m.toProperties().lines().filter(l -> l.startsWith("weight")).map(l -> l.substring("weight.".length())).toList();
  }

  private static void dumpRows(PrintWriter dump, String source, String kind, String id, String text,
      ScoreModelFitter.QueryRows r) {
    if (dump == null) {
      return;
    }
    int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
    long lines = text.lines().filter(l -> !l.isBlank()).count();
    for (int i = 0; i < r.features().size(); i++) {
      StringBuilder b = new StringBuilder();
      b.append(source).append('\t').append(kind).append('\t').append(id).append('\t').append(words).append('\t')
          .append(lines).append('\t').append(r.named() ? 1 : 0).append('\t').append(r.right().get(i) ? 1 : 0);
      for (double x : r.features().get(i).vector()) {
        b.append('\t').append(String.format(Locale.ROOT, "%.5f", x));
      }
      dump.println(b);
    }
  }

  /** The field weights {@code fit-score --compare --fields} sets, each beside the defaults (title 2, names 2, competences 1.2). */
  private static final String[][] FIELD_CELLS = {
      {fr.passerelles.index.IndexFields.NAMES, "1.0"}, {fr.passerelles.index.IndexFields.NAMES, "1.5"},
      {fr.passerelles.index.IndexFields.NAMES, "3.0"}, {fr.passerelles.index.IndexFields.TITLE, "1.0"},
      {fr.passerelles.index.IndexFields.COMPETENCES, "0.8"}, {fr.passerelles.index.IndexFields.COMPETENCES, "2.0"}};

  /**
   * {@code fit-score --compare}: ranker parameters on the benchmark's TRAIN sheets (never its
   * test sheets), each variant on the same fold engines; how the default tie-breaker was chosen,
   * and with {@code --fields} how the field weights compare.
   */
  private static int compare(Args args, DataPaths paths, PrintWriter out) throws IOException {
    Path romeDir = paths.romeDir().orElseThrow(() -> new UsageException("--compare needs the ROME release"));
    HeldOutBenchmark.Settings settings = HeldOutBenchmark.Settings.of(RomeHoldout.DEFAULT_FOLDS, RomeHoldout.Split.TRAIN)
        .restrictedTo(args.intFlag("sheets", 0), args.flags().containsKey("fold")
            ? java.util.Set.of(args.intFlag("fold", 0)) : java.util.Set.of());
    java.util.Map<String, java.util.function.Function<fr.passerelles.eval.BenchEngine, fr.passerelles.match.TextMatcher>> variants =
        new java.util.LinkedHashMap<>();
    if (args.flags().containsKey("fields")) {
      // --fields: the whole-text query's field weights, one changed at a time (docs/quality.md, "Ranker parameters")
      variants.put("default", e -> e.textMatcher());
      for (String[] cell : FIELD_CELLS) {
        var tuning = fr.passerelles.match.MatchTuning.DEFAULT.withFieldBoost(cell[0], Float.parseFloat(cell[1]));
        variants.put(cell[0] + " " + cell[1], e -> e.textMatcher().withTuning(tuning));
      }
    } else {
      for (double tie : new double[] {0.1, 0.3, 0.6, 1.0}) {
        variants.put("tie " + tie, e -> e.textMatcher().withTuning(fr.passerelles.match.MatchTuning.DEFAULT.withTieBreaker(tie)));
      }
    }
    try (AnalysisChain chain = AnalysisChain.defaultFor(paths.corpusDir())) {
      HeldOutBenchmark bench = new HeldOutBenchmark(CorpusLoader.load(paths.corpusDir()), RomeRelease.load(romeDir),
          chain, new InputAnalyzer(NlpModels.fromClasspath()), paths.indexDir().resolve("bench"));
      var metrics = bench.runProject(settings, variants);
      metrics.forEach((name, byTask) -> byTask.forEach((task, m) -> out.printf(java.util.Locale.ROOT,
          "%-10s %-12s n=%4d top1 %.3f top3 %.3f mrr %.3f%n", name, task, m.queries(), m.top1(), m.top3(), m.mrr())));
    }
    return 0;
  }
}
