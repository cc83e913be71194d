package fr.passerelles.eval;

import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.match.ScoreFeatures;
import fr.passerelles.match.ScoreModel;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Fits the matcher's fusion ({@link ScoreModel}) on labelled queries: every candidate sheet the
 * matcher returns for a query is a row (its {@link ScoreFeatures}, whether it is an acceptable
 * answer), each query weighing the same whatever its number of candidates. Then picks the
 * confidence threshold: the lowest best score at which the best sheet is right at least
 * {@link #CONFIDENT_PRECISION} of the time on the same queries.
 */
public final class ScoreModelFitter {
  /** Candidates kept per query: the right sheet is nearly always among them. */
  static final int CANDIDATES = 40;
  static final double L2 = 1.0;
  static final double CONFIDENT_PRECISION = 0.5;

  /** A labelled query: its text, the sheet type ranked, and the acceptable answers. */
  public record Labelled(String text, SheetType type, Predicate<SheetMatch> right) {
    public static Labelled of(String text, SheetType type, Set<String> ids) {
      return new Labelled(text, type, m -> ids.contains(m.id()) || ids.contains(m.metier()));
    }
  }

  /** The candidates of one query, as fitted. */
  public record QueryRows(List<ScoreFeatures> features, List<Boolean> right, double weight) {
    public QueryRows(List<ScoreFeatures> features, List<Boolean> right) {
      this(features, right, 1);
    }

    QueryRows weighted(double w) {
      return new QueryRows(features, right, w);
    }

    /** Whether the text names a job: the matcher ranks it with the named model. */
    public boolean named() {
      return !features.isEmpty() && features.get(0).named();
    }
  }

  /**
   * Two sources weighing half each, whatever their sizes: the development set (branch métiers,
   * real-style texts) would otherwise vanish beside thousands of benchmark rankings.
   */
  public static List<QueryRows> halves(List<QueryRows> a, List<QueryRows> b) {
    return shares(a, b, 0.5);
  }

  /** Source {@code a} weighing {@code aShare} of the whole and {@code b} the rest, whatever their sizes. */
  public static List<QueryRows> shares(List<QueryRows> a, List<QueryRows> b, double aShare) {
    return shares(List.of(a, b), new double[] {aShare, 1 - aShare});
  }

  /**
   * Each source weighing its share of the whole, whatever its size; an empty source gives its
   * share to the others in proportion.
   */
  public static List<QueryRows> shares(List<List<QueryRows>> sources, double[] share) {
    int n = 0;
    double total = 0;
    for (int i = 0; i < sources.size(); i++) {
      n += sources.get(i).size();
      total += sources.get(i).isEmpty() ? 0 : share[i];
    }
    List<QueryRows> out = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      List<QueryRows> s = sources.get(i);
      double w = total == 0 ? 1 : share[i] / total * n / Math.max(1, s.size());
      s.forEach(q -> out.add(q.weighted(w)));
    }
    return out;
  }

  /** Share of the queries whose right sheet ranks in the first three under {@code model}. */
  public static double top3(List<QueryRows> data, ScoreModel model) {
    double[] w = model.weights();
    return objectiveOf(data, w, false) - objectiveOf(data, w, true);
  }

  /** Share of the queries whose right sheet ranks in the first three, each by its text's model. */
  public static double top3(List<QueryRows> data, ScoreModel named, ScoreModel unnamed) {
    List<QueryRows> a = data.stream().filter(QueryRows::named).toList();
    List<QueryRows> b = data.stream().filter(q -> !q.named()).toList();
    return data.isEmpty() ? 0 : (top3(a, named) * a.size() + top3(b, unnamed) * b.size()) / data.size();
  }

  /** One query's ranking as fitting rows; empty when the matcher returned nothing. */
  public static java.util.Optional<QueryRows> rows(List<SheetMatch> ranking, Predicate<SheetMatch> right) {
    List<ScoreFeatures> f = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (SheetMatch m : ranking) {
      f.add(m.features());
      y.add(right.test(m));
    }
    return f.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new QueryRows(f, y));
  }

  private ScoreModelFitter() {}

  /**
   * The candidates come from a neutral fusion (every signal weighing the same), so which sheets
   * are fitted on does not depend on the model being replaced.
   */
  public static List<QueryRows> collect(TextMatcher fitted, List<Labelled> queries) {
    // the fusion alone: the two bridges boost scores after it, and would pick the candidates
    TextMatcher matcher = fitted.withModels(fr.passerelles.match.ScoreModels.NEUTRAL).fusionAlone();
    List<QueryRows> out = new ArrayList<>(queries.size());
    MatchOptions options = MatchOptions.DEFAULT.withLimit(CANDIDATES);
    for (Labelled q : queries) {
      List<SheetMatch> ranking;
      try {
        ranking = matcher.match(q.text(), options.withType(q.type())).matches();
      } catch (NotFrenchException e) {
        continue;
      }
      List<ScoreFeatures> f = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      for (SheetMatch m : ranking) {
        f.add(m.features());
        y.add(q.right().test(m));
      }
      if (!f.isEmpty()) {
        out.add(new QueryRows(f, y));
      }
    }
    return out;
  }

  /**
   * Two steps: the ranking weights by coordinate ascent on the mean reciprocal rank of the
   * queries' right sheets among their candidates, then a one-feature logistic regression of "right" on the ranking score over every
   * candidate, which makes the score a probability without changing the order.
   */
  public static ScoreModel fit(TextMatcher matcher, List<Labelled> queries, String description) {
    return fit(collect(matcher, queries), description);
  }

  public static ScoreModel fit(List<QueryRows> data, String description) {
    return fit(data, description, GRID);
  }

  /**
   * The same fit with every weight taken from {@code grid}: {@link #MONOTONE_GRID} keeps each
   * signal's weight at zero or above, so that more support for a sheet never lowers its score.
   */
  public static ScoreModel fit(List<QueryRows> data, String description, double[] grid) {
    return fit(data, description, grid, java.util.Set.of());
  }

  /**
   * The same fit with the weights of the signals named in {@code nonNegative} ({@link
   * ScoreFeatures#NAMES}) kept at zero or above, the others on {@code grid}.
   */
  public static ScoreModel fit(List<QueryRows> data, String description, double[] grid, java.util.Set<String> nonNegative) {
    List<List<LogisticFit.Row>> lists = new ArrayList<>();
    for (QueryRows q : data) {
      List<LogisticFit.Row> rows = new ArrayList<>();
      for (int i = 0; i < q.features().size(); i++) {
        rows.add(new LogisticFit.Row(q.features().get(i).vector(), q.right().get(i), q.weight()));
      }
      lists.add(rows);
    }
    double[] w = ascend(data, grid, nonNegative);
    List<LogisticFit.Row> calibration = new ArrayList<>();
    for (List<LogisticFit.Row> q : lists) {
      for (LogisticFit.Row r : q) {
        calibration.add(new LogisticFit.Row(new double[] {dot(w, r.x())}, r.positive(), r.weight() / q.size()));
      }
    }
    LogisticFit.Model c = LogisticFit.fit(calibration, 0);
    double a = c.weights()[0];
    double[] scaled = new double[w.length];
    for (int k = 0; k < w.length; k++) {
      scaled[k] = a * w[k];
    }
    ScoreModel model = new ScoreModel(c.bias(), scaled, 0, description);
    return model.withConfidentAt(threshold(model, data));
  }

  /** Values tried for each weight. */
  public static final double[] GRID = {-2, -1, -0.5, 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8};

  /**
   * The grid without its negative values. Every signal measures support for a sheet; a negative
   * weight only pays in a fit by cancelling a correlated signal, and the cancellation holds only for
   * texts like the fitted ones: {@code textRel} and {@code textAbs} are proportional within one
   * query (BM25 over the best sheet's, over the query's ceiling), so {@code -1.8 textRel + 14.3
   * textAbs} turned a long text's best shared words against the sheet that had them (docs/quality.md,
   * "A monotone fusion").
   */
  public static final double[] MONOTONE_GRID = nonNegative(GRID);

  /** A grid without its negative values. */
  private static double[] nonNegative(double[] grid) {
    return java.util.Arrays.stream(grid).filter(v -> v >= 0).toArray();
  }

  /**
   * Where the ascent starts: every signal at 1, then each signal leading (weight 4, the others 1),
   * so that a signal worth more than the neutral mix is not missed by a search that moves one
   * weight at a time (from the neutral start alone the ascent stayed beside it).
   */
  static List<double[]> starts() {
    List<double[]> starts = new ArrayList<>();
    starts.add(ScoreModel.NEUTRAL.weights());
    for (int k = 0; k < ScoreFeatures.NAMES.length; k++) {
      if (k == UNSUPPORTED) {
        continue;
      }
      double[] w = ScoreModel.NEUTRAL.weights();
      w[k] = 4;
      starts.add(w);
    }
    return starts;
  }

  private static final int UNSUPPORTED = java.util.Arrays.asList(ScoreFeatures.NAMES).indexOf("unsupported");

  /**
   * Coordinate ascent on MRR@10 + top-3 from each of {@link #starts()}: each weight in turn takes
   * the grid value that ranks best, the others fixed, until a round changes nothing; the best end
   * point wins (the first on a tie). The logistic calibration sets the scale afterwards, so every
   * weight may move. MRR is what the benchmark reports, and a search this small cannot overfit
   * thousands of queries.
   */
  static double[] ascend(List<QueryRows> data) {
    return ascend(data, GRID);
  }

  static double[] ascend(List<QueryRows> data, double[] grid) {
    return ascend(data, grid, java.util.Set.of());
  }

  static double[] ascend(List<QueryRows> data, double[] grid, java.util.Set<String> nonNegative) {
    double[][] grids = new double[ScoreFeatures.NAMES.length][];
    for (int k = 0; k < grids.length; k++) {
      grids[k] = nonNegative.contains(ScoreFeatures.NAMES[k]) ? nonNegative(grid) : grid;
    }
    double[] bestW = null;
    double bestAll = Double.NEGATIVE_INFINITY;
    for (double[] start : starts()) {
      double[] w = ascendFrom(data, start, grids);
      double m = mrr(data, w);
      if (m > bestAll + 1e-9) {
        bestAll = m;
        bestW = w;
      }
    }
    return bestW;
  }

  private static double[] ascendFrom(List<QueryRows> data, double[] start, double[][] grids) {
    double[] w = start.clone();
    double best = mrr(data, w);
    for (int round = 0; round < 8; round++) {
      boolean changed = false;
      for (int k = 0; k < w.length; k++) {
        double keep = w[k];
        for (double v : grids[k]) {
          w[k] = v;
          if (java.util.Arrays.stream(w).allMatch(x -> x == 0)) {
            continue;
          }
          double m = mrr(data, w);
          if (m > best + 1e-9) {
            best = m;
            keep = v;
            changed = true;
          }
        }
        w[k] = keep;
      }
      if (!changed) {
        break;
      }
    }
    return w;
  }

  /**
   * What the fit maximises: MRR@10 plus top-3, the two figures the evaluations report, of the
   * first right candidate under weights {@code w}.
   */
  static double mrr(List<QueryRows> data, double[] w) {
    return objectiveOf(data, w, false);
  }

  /** Mean reciprocal rank alone (cut at 10): the objective minus its top-3 part. */
  static double mrrOnly(List<QueryRows> data, double[] w) {
    return objectiveOf(data, w, true);
  }

  private static double objectiveOf(List<QueryRows> data, double[] w, boolean mrrOnly) {
    double sum = 0;
    double total = 0;
    for (QueryRows q : data) {
      total += q.weight();
      double rank = rankOf(q, w);
      sum += q.weight() * ((rank <= 10 ? 1.0 / rank : 0) + (!mrrOnly && rank <= 3 ? 1 : 0));
    }
    return total == 0 ? 0 : sum / total;
  }

  /**
   * The first right candidate's rank under weights {@code w}, infinite when no candidate is right.
   * A tie is broken by sheet id in the answer, which knows nothing of the right sheet: a tied wrong
   * sheet counts half (the expected rank), so the fit cannot gain by zeroing a signal.
   */
  private static double rankOf(QueryRows q, double[] w) {
    int n = q.features().size();
    double[] s = new double[n];
    double rightScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      s[i] = dot(w, q.features().get(i).vector());
      if (q.right().get(i)) {
        rightScore = Math.max(rightScore, s[i]);
      }
    }
    if (rightScore == Double.NEGATIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    double rank = 1;
    for (int i = 0; i < n; i++) {
      if (!q.right().get(i) && s[i] >= rightScore) {
        rank += s[i] > rightScore ? 1 : 0.5;
      }
    }
    return rank;
  }

  /**
   * How a model ranks a set of queries in their fitting pools, each query counting once (its fit
   * weight ignored): texts whose right sheet is first, in the first three, and the MRR@10.
   */
  public record PoolFigures(int queries, int top1, int top3, double mrr) {
    public static PoolFigures of(List<QueryRows> data, ScoreModel model) {
      double[] w = model.weights();
      int top1 = 0;
      int top3 = 0;
      double rr = 0;
      for (QueryRows q : data) {
        double rank = rankOf(q, w);
        top1 += rank <= 1 ? 1 : 0;
        top3 += rank <= 3 ? 1 : 0;
        rr += rank <= 10 ? 1.0 / rank : 0;
      }
      return new PoolFigures(data.size(), top1, top3, data.isEmpty() ? 0 : rr / data.size());
    }

    /** Pools figures of disjoint query sets (the folds of a cross-validation). */
    public PoolFigures plus(PoolFigures o) {
      int n = queries + o.queries;
      return new PoolFigures(n, top1 + o.top1, top3 + o.top3, n == 0 ? 0 : (mrr * queries + o.mrr * o.queries) / n);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "top-1 %.3f (%d) / top-3 %.3f (%d) / MRR %.3f of %d",
          queries == 0 ? 0.0 : (double) top1 / queries, top1, queries == 0 ? 0.0 : (double) top3 / queries, top3, mrr, queries);
    }
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      s += w[k] * x[k];
    }
    return s;
  }

  /**
   * The confidence threshold of {@code model} over {@code data}, by the fit's own rule (a text
   * with no right candidate counts as a wrong first answer).
   */
  public static double confidentAt(ScoreModel model, List<QueryRows> data) {
    return threshold(model, data);
  }

  /**
   * Of {@code data}, the texts whose first candidate under {@code model} scores at least {@code at}
   * (a confident answer), and of those the ones whose first candidate is right.
   */
  public static int[] confidentCounts(ScoreModel model, List<QueryRows> data, double at) {
    int confident = 0;
    int right = 0;
    for (QueryRows q : data) {
      if (q.features().isEmpty()) {
        continue;
      }
      int best = first(model, q);
      if (model.score(q.features().get(best)) >= at) {
        confident++;
        right += q.right().get(best) ? 1 : 0;
      }
    }
    return new int[] {confident, right};
  }

  /** The candidate {@code model} ranks first (the first one on a tie). */
  private static int first(ScoreModel model, QueryRows q) {
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < q.features().size(); i++) {
      double s = model.score(q.features().get(i));
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  }

  /** The rows of every file but {@code left}, files in order: a leave-one-file-out fold. */
  static List<QueryRows> allBut(Map<String, List<QueryRows>> byFile, String left) {
    List<QueryRows> others = new ArrayList<>();
    byFile.forEach((f, rows) -> {
      if (!f.equals(left)) {
        others.addAll(rows);
      }
    });
    return others;
  }

  /** Lowest best score above which the best sheet is right often enough (best scores, sorted). */
  static double threshold(ScoreModel model, List<QueryRows> data) {
    record Top(double score, boolean right) {}
    List<Top> tops = new ArrayList<>();
    for (QueryRows q : data) {
      int best = first(model, q);
      tops.add(new Top(model.score(q.features().get(best)), q.right().get(best)));
    }
    tops.sort(java.util.Comparator.comparingDouble(Top::score));
    // Scan from the bottom: the threshold is the first score from which, in a window of the next
    // tenth of the queries, the best sheet is right at least CONFIDENT_PRECISION of the time.
    int window = Math.max(10, tops.size() / 10);
    for (int i = 0; i + window <= tops.size(); i++) {
      long right = tops.subList(i, i + window).stream().filter(Top::right).count();
      if (right >= CONFIDENT_PRECISION * window) {
        return Math.round(tops.get(i).score() * 10_000) / 10_000.0;
      }
    }
    return 0.5;
  }
}
