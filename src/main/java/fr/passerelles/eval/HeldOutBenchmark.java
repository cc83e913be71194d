package fr.passerelles.eval;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.eval.BenchTask.Holdout;
import fr.passerelles.eval.RomeHoldout.Split;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextMatcher;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.rome.RomeRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Held-out ROME benchmarks (docs/quality.md, "Held-out benchmarks"): for each leave-out fold, the
 * project's engine and the {@link StockBaseline} are built from a copy of the release without the
 * fold's held-out text (descriptions or appellations), then asked the fold's queries of one split
 * over ROME sheets only. Engines are built once per fold and holdout and shared by every system and
 * task that needs them, then closed.
 */
public final class HeldOutBenchmark {
  /** Name of the project's system in reports. */
  public static final String PROJECT = "project";
  /** Name of the stock baseline in reports. */
  public static final String STOCK = "stock FrenchAnalyzer + MoreLikeThis";
  /** Candidates returned per query: the dump keeps them, the metrics read the first 10. */
  public static final int DEPTH = 20;

  /**
   * @param sheets only the split's first {@code sheets} sheets, in code order (0: all)
   * @param onlyFolds only these folds' engines and queries (empty: all)
   */
  public record Settings(int folds, Split split, int sheets, int maxTitles, Set<Integer> onlyFolds, TextHoldout texts,
      Set<BenchTask> onlyTasks, NameMask.Scope mask) {
    public Settings(int folds, Split split, int sheets, int maxTitles, Set<Integer> onlyFolds, TextHoldout texts) {
      this(folds, split, sheets, maxTitles, onlyFolds, texts, Set.of(), NameMask.Scope.NAMES);
    }

    public static Settings of(int folds, Split split) {
      return new Settings(folds, split, 0, BenchQueries.DEFAULT_MAX_TITLES, Set.of(), TextHoldout.EVERY);
    }

    public Settings restrictedTo(int firstSheets, Set<Integer> folds) {
      return new Settings(this.folds, split, firstSheets, maxTitles, Set.copyOf(folds), texts, onlyTasks, mask);
    }

    public Settings withTexts(TextHoldout t) {
      return new Settings(folds, split, sheets, maxTitles, onlyFolds, t, onlyTasks, mask);
    }

    /** Only these tasks' queries, and only the engines they need (empty: every task). */
    public Settings withTasks(Set<BenchTask> tasks) {
      return new Settings(folds, split, sheets, maxTitles, onlyFolds, texts, Set.copyOf(tasks), mask);
    }

    /** Which names the masked tasks take out of their queries ({@link NameMask.Scope}). */
    public Settings withMask(NameMask.Scope scope) {
      return new Settings(folds, split, sheets, maxTitles, onlyFolds, texts, onlyTasks, scope);
    }

    /** Whether a run asks this task. */
    public boolean asks(BenchTask task) {
      return onlyTasks.isEmpty() || onlyTasks.contains(task);
    }
  }

  /**
   * How the description tasks hold their text out. {@code EVERY} (the default, the issue's own
   * construction): no sheet has a definition or access text in the index, so the right sheet and
   * its competitors are described the same way (titles, appellations, competences, savoirs).
   * {@code FOLD}: only the fold's sheets lose theirs, which makes the right sheet the one short
   * document without ROME-worded activities among its neighbours (kept to compare).
   */
  public enum TextHoldout {
    EVERY,
    FOLD;

    public static TextHoldout parse(String s) {
      return switch (s) {
        case "every" -> EVERY;
        case "fold" -> FOLD;
        default -> throw new IllegalArgumentException("--holdout is every or fold, not " + s);
      };
    }
  }

  /**
   * Per system and task, the metrics; {@code refused} counts queries a system's language check
   * turned down and {@code failed} names those it threw on (both scored as misses).
   */
  public record Report(Settings settings, Map<String, Map<BenchTask, RankingMetrics>> metrics,
      Map<String, Integer> refused, Map<String, List<String>> failed, long millis) {}

  private final Corpus corpus;
  private final RomeRelease rome;
  private final AnalysisChain analysis;
  private final InputAnalyzer nlp;
  private final Path workDir;

  /** @param workDir where fold indexes are built (each deleted when its fold is done) */
  public HeldOutBenchmark(Corpus corpus, RomeRelease rome, AnalysisChain analysis, InputAnalyzer nlp, Path workDir) {
    this.corpus = corpus;
    this.rome = rome;
    this.analysis = analysis;
    this.nlp = nlp;
    this.workDir = workDir;
  }

  /** The project as built, beside the stock baseline. */
  public Report run(Settings settings, PerQueryDump dump, PrintWriter progress) {
    Map<String, Function<BenchEngine, TextMatcher>> project = new LinkedHashMap<>();
    project.put(PROJECT, BenchEngine::textMatcher);
    return run(settings, project, true, dump, progress);
  }

  /**
   * Project-side variants only, e.g. {@code Map.of("w0.5", e -> e.textMatcher().withTuning(t))} on
   * the train split: every variant is asked on the same fold engines, so a sweep costs one build
   * per fold and holdout.
   */
  /**
   * Runs one project variant and hands every query's ranking to {@code observer} (fitting the
   * score model on the train split).
   */
  public Report observe(Settings settings, Function<BenchEngine, TextMatcher> system,
      java.util.function.BiConsumer<BenchQuery, List<SheetMatch>> observer, PrintWriter progress) {
    return runObserved(settings, Map.of(PROJECT, system), false, observer, progress);
  }

  public Map<String, Map<BenchTask, RankingMetrics>> runProject(
      Settings settings, Map<String, Function<BenchEngine, TextMatcher>> variants) {
    return runObserved(settings, variants, false, null, null).metrics();
  }

  /**
   * @param dump per-query top candidates of the first project system, or null
   * @param progress one line per fold and holdout, or null
   */
  public Report run(Settings settings, Map<String, Function<BenchEngine, TextMatcher>> systems, boolean withStock,
      PerQueryDump dump, PrintWriter progress) {
    return runObserved(settings, systems, withStock, dump == null ? null : dump::write, progress);
  }

  private Report runObserved(Settings settings, Map<String, Function<BenchEngine, TextMatcher>> systems, boolean withStock,
      java.util.function.BiConsumer<BenchQuery, List<SheetMatch>> dump, PrintWriter progress) {
    long start = System.nanoTime();
    RomeHoldout holdout = new RomeHoldout(settings.folds());
    Map<BenchTask, List<BenchQuery>> queries =
        BenchQueries.build(rome, holdout, settings.split(), settings.sheets(), settings.maxTitles(), settings.mask());
    List<String> names = new ArrayList<>(systems.keySet());
    if (withStock) {
      names.add(STOCK);
    }
    Map<String, Map<BenchTask, RankingMetrics.Accumulator>> acc = new LinkedHashMap<>();
    Map<String, Integer> refused = new LinkedHashMap<>();
    Map<String, List<String>> failed = new LinkedHashMap<>();
    for (String n : names) {
      Map<BenchTask, RankingMetrics.Accumulator> byTask = new EnumMap<>(BenchTask.class);
      for (BenchTask t : BenchTask.values()) {
        byTask.put(t, new RankingMetrics.Accumulator());
      }
      acc.put(n, byTask);
      refused.put(n, 0);
    }
    MatchOptions options = new MatchOptions(DEPTH, SheetType.ROME, null, 0);
    String first = names.get(0);
    for (int f = 0; f < settings.folds(); f++) {
      if (!settings.onlyFolds().isEmpty() && !settings.onlyFolds().contains(f)) {
        continue;
      }
      for (Holdout h : Holdout.values()) {
        int fold = f;
        // with every definition held out one engine serves every fold's description queries
        boolean shared = h == Holdout.TEXTS && settings.texts() == TextHoldout.EVERY;
        if (shared && f != firstFold(settings)) {
          continue;
        }
        List<BenchQuery> mine = queries.entrySet().stream().filter(e -> e.getKey().holdout() == h && settings.asks(e.getKey()))
            .flatMap(e -> e.getValue().stream()).filter(q -> shared || q.fold() == fold).toList();
        if (mine.isEmpty()) {
          continue;
        }
        long t0 = System.nanoTime();
        RomeRelease filtered = h == Holdout.APPELLATIONS ? holdout.forTitles(rome, f)
            : shared ? holdout.withoutEveryText(rome) : holdout.forDescriptions(rome, f);
        try (BenchEngine engine = BenchEngine.build(corpus, filtered, analysis, nlp, workDir);
            StockBaseline stock = withStock ? new StockBaseline(filtered) : null) {
          for (Map.Entry<String, Function<BenchEngine, TextMatcher>> s : systems.entrySet()) {
            TextMatcher matcher = s.getValue().apply(engine);
            for (BenchQuery q : mine) {
              List<SheetMatch> ranked;
              try {
                ranked = matcher.match(q.text(), options).matches();
              } catch (NotFrenchException e) {
                refused.merge(s.getKey(), 1, Integer::sum);
                ranked = List.of();
              } catch (RuntimeException e) {
                // a crash is what a user would get too: a miss, named in the report
                failed.computeIfAbsent(s.getKey(), k -> new ArrayList<>())
                    .add(q.task().name().toLowerCase(Locale.ROOT) + ":" + q.id() + " " + e);
                ranked = List.of();
              }
              acc.get(s.getKey()).get(q.task()).add(q.id(), ranked, m -> m.id().equals(q.gold()));
              if (dump != null && s.getKey().equals(first)) {
                dump.accept(q, ranked);
              }
            }
          }
          if (stock != null) {
            for (BenchQuery q : mine) {
              acc.get(STOCK).get(q.task()).add(q.id(), stock.rank(q.text(), DEPTH), q.gold()::equals);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (progress != null) {
          progress.printf(Locale.ROOT, "fold %d, %s held out: %d queries in %.1f s%n", f,
              h.name().toLowerCase(Locale.ROOT), mine.size(), (System.nanoTime() - t0) / 1e9);
          progress.flush();
        }
      }
    }
    Map<String, Map<BenchTask, RankingMetrics>> metrics = new LinkedHashMap<>();
    acc.forEach((n, byTask) -> {
      Map<BenchTask, RankingMetrics> m = new EnumMap<>(BenchTask.class);
      byTask.forEach((t, a) -> m.put(t, a.result()));
      metrics.put(n, m);
    });
    return new Report(settings, metrics, refused, failed, (System.nanoTime() - start) / 1_000_000);
  }

  private static int firstFold(Settings settings) {
    return settings.onlyFolds().isEmpty() ? 0 : settings.onlyFolds().stream().min(Integer::compare).orElseThrow();
  }
}
