package fr.passerelles.eval;

import fr.passerelles.match.EvidenceFeatures;
import fr.passerelles.match.EvidenceModel;
import fr.passerelles.match.EvidenceProbe;
import fr.passerelles.match.TextMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The evidence model against the graded set: re-runs the evidence step on every text, finds each
 * graded pair among the judged pairs, fits the model on the fit part and reports precision, recall
 * and calibration on the held-out part.
 */
public final class EvidenceEvaluation {
  /**
   * L2 penalty of the fit. Chosen on the fit part by the nested estimate ({@link #nested}) over the
   * grid 0.3, 1, 3, 10: 3 gave higher nested precision and recall than 1 under each of four text
   * partitions (docs/quality.md, "Evidence").
   */
  public static final double L2 = 3.0;
  /** Texts written in the style of ads, job descriptions and CVs (the others are ROME sentences). */
  static final Predicate<String> REAL_STYLE = id -> !id.startsWith("rome-");
  public static final String COMMAND = "bin/passerelles eval-evidence --fit";

  private EvidenceEvaluation() {}

  /**
   * A graded pair with its features as the evidence step computes them today.
   *
   * @param inTaskZone whether its span lies in a zone the matcher lets evidence an item
   * @param branchHidden whether the answer hides it: a branch sheet's pair for a text the branch
   *     reading puts outside the branch shows no evidence (docs/quality.md, "No branch evidence for
   *     a text about another trade")
   */
  public record Labelled(EvidenceGrade grade, EvidenceFeatures features, boolean inTaskZone, boolean branchHidden) {
    public Labelled(EvidenceGrade grade, EvidenceFeatures features) {
      this(grade, features, true, false);
    }

    /** Whether the answer may show it, its probability and span budget aside. */
    boolean servable() {
      return inTaskZone && !branchHidden;
    }
  }

  /** The graded pairs found again, and how many were not (a span cut differently, an item gone). */
  public record Joined(List<Labelled> pairs, int missing) {}

  public static Joined join(EvidenceSet set, Path textsDir, TextMatcher matcher, EvidenceProbe probe) throws IOException {
    Map<String, EvidenceFeatures> byKey = new HashMap<>();
    Map<String, Boolean> inTask = new HashMap<>();
    java.util.Set<String> outsideBranch = new java.util.HashSet<>();
    java.util.Set<String> graded = new java.util.HashSet<>();
    set.grades().forEach(g -> graded.add(g.text()));
    for (Path file : EvidenceCandidates.texts(textsDir)) {
      String id = EvidenceCandidates.textId(file);
      if (!graded.contains(id)) {
        continue; // a text of another file of the set (graded-fresh.jsonl holds the blind batch's)
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      fr.passerelles.match.MatchInput input = matcher.understand(text);
      if (matcher.match(text, fr.passerelles.match.MatchOptions.DEFAULT).outsideBranch()) {
        outsideBranch.add(id);
      }
      for (EvidenceProbe.Pair p : probe.pairs(input)) {
        String k = key(id, p.span().text(), p.itemId());
        byKey.merge(k, p.features(), (a, b) -> a.cosine() >= b.cosine() ? a : b);
        inTask.merge(k, taskZone(input, p.span().start()), Boolean::logicalOr);
      }
    }
    List<Labelled> out = new ArrayList<>();
    int missing = 0;
    for (EvidenceGrade g : set.grades()) {
      EvidenceFeatures f = byKey.get(key(g.text(), g.span(), g.item()));
      if (f == null) {
        missing++;
      } else {
        out.add(new Labelled(g, f, inTask.get(key(g.text(), g.span(), g.item())),
            outsideBranch.contains(g.text()) && isBranchSheet(g.sheet())));
      }
    }
    return new Joined(List.copyOf(out), missing);
  }

  /** A branch métier's sheet ("0102", a specialist's "0104-05"), not a ROME code. */
  static boolean isBranchSheet(String sheet) {
    return sheet != null && !sheet.isEmpty() && Character.isDigit(sheet.charAt(0));
  }

  /** Whether the segment holding offset {@code at} is one the matcher lets evidence an item (a task). */
  static boolean taskZone(fr.passerelles.match.MatchInput input, int at) {
    for (int i = 0; i < input.segments().size(); i++) {
      var s = input.segments().get(i);
      if (s.start() <= at && at < s.end()) {
        return input.roles().get(i).zone().mayEvidence();
      }
    }
    return true;
  }

  private static String key(String text, String span, String item) {
    return text + "\u0000" + span + "\u0000" + item;
  }

  public static List<Labelled> fitPart(List<Labelled> pairs) {
    return pairs.stream().filter(l -> !EvidenceSet.heldOut(l.grade().text())).toList();
  }

  public static List<Labelled> heldOutPart(List<Labelled> pairs) {
    return pairs.stream().filter(l -> EvidenceSet.heldOut(l.grade().text())).toList();
  }

  /** Text folds of the fit part used to choose the threshold. */
  static final int FOLDS = 5;

  /**
   * Fits the model on {@code fit} (target: right). The threshold is chosen on out-of-fold
   * probabilities (each text's pairs scored by a model fitted without that text's fold), since
   * in-sample probabilities flatter the precision a threshold reaches on new text, by a lower
   * bound over texts ({@link OperatingPoint}), since the mean over the fit part's texts is what a
   * new set falls under half the time.
   */
  public static EvidenceModel fit(List<Labelled> fit, String fittedOn) {
    EvidenceModel all = fitWeights(fit, fittedOn);
    double[] outOfFold = outOfFold(fit, fittedOn);
    boolean[] within = withinBudget(fit, outOfFold);
    List<Labelled> kept = new ArrayList<>();
    List<Double> keptProbability = new ArrayList<>();
    for (int i = 0; i < fit.size(); i++) {
      if (within[i]) {
        kept.add(fit.get(i));
        keptProbability.add(outOfFold[i]);
      }
    }
    double threshold = OperatingPoint.threshold(
        OperatingPoint.scored(kept, keptProbability.stream().mapToDouble(Double::doubleValue).toArray()));
    return new EvidenceModel(EvidenceFeatures.NAMES, all.intercept(), all.weights(), threshold, fittedOn, COMMAND);
  }

  /** Each pair's probability under a model fitted without its text fold (the folds the pairs hold). */
  static double[] outOfFold(List<Labelled> pairs, String fittedOn) {
    double[] out = new double[pairs.size()];
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Labelled> train = new ArrayList<>();
      boolean any = false;
      for (Labelled l : pairs) {
        if (fold(l) != fold) {
          train.add(l);
        } else {
          any = true;
        }
      }
      if (!any) {
        continue;
      }
      EvidenceModel m = fitWeights(train, fittedOn);
      for (int i = 0; i < pairs.size(); i++) {
        if (fold(pairs.get(i)) == fold) {
          out[i] = m.probability(pairs.get(i).features());
        }
      }
    }
    return out;
  }

  /**
   * What the whole procedure ({@link #fit}: weights, out-of-fold threshold rule, span budget) gives
   * on texts it never saw, estimated on the fit part alone: in each text fold the procedure runs on
   * the other folds (their own out-of-fold probabilities choose the threshold) and the model is
   * applied to the fold. The held-out part is not read.
   *
   * @param pooled every fold's shown pairs together
   * @param realStyle the same on ads, job descriptions and CVs only
   * @param folds one row per fold: its threshold and figures
   */
  public record Nested(Figures pooled, Figures realStyle, List<Fold> folds) {}

  /** One outer fold of {@link Nested}. */
  public record Fold(int fold, double threshold, Figures figures) {}

  public static Nested nested(List<Labelled> fit) {
    java.util.Set<Labelled> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Fold> folds = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Labelled> train = new ArrayList<>();
      List<Labelled> test = new ArrayList<>();
      for (Labelled l : fit) {
        (fold(l) == fold ? test : train).add(l);
      }
      if (test.isEmpty()) {
        continue;
      }
      EvidenceModel model = fit(train, "nested fold " + fold);
      Predicate<Labelled> inFold = shown(test, model);
      test.stream().filter(inFold).forEach(shown::add);
      folds.add(new Fold(fold, model.threshold(), figures(test, inFold)));
    }
    return new Nested(figures(fit, shown::contains),
        figures(fit.stream().filter(l -> REAL_STYLE.test(l.grade().text())).toList(), shown::contains),
        List.copyOf(folds));
  }

  /** The nested estimate as Markdown lines (printed by {@code eval-evidence --fit}). */
  public static String nestedReport(Nested n) {
    StringBuilder md = new StringBuilder("Nested estimate on the fit part (the held-out part not read):\n\n");
    md.append("| fit-part texts | threshold | pairs | kept | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
    for (Fold f : n.folds()) {
      md.append(String.format(Locale.ROOT, "| fold %d | %.3f | %d | %d | %.3f | %.3f |%n", f.fold(), f.threshold(),
          f.figures().pairs(), f.figures().kept(), f.figures().precision(), f.figures().recall()));
    }
    md.append(String.format(Locale.ROOT, "| all folds | | %d | %d | %.3f | %.3f |%n", n.pooled().pairs(),
        n.pooled().kept(), n.pooled().precision(), n.pooled().recall()));
    md.append(String.format(Locale.ROOT, "| ads, job descriptions, CVs | | %d | %d | %.3f | %.3f |%n",
        n.realStyle().pairs(), n.realStyle().kept(), n.realStyle().precision(), n.realStyle().recall()));
    return md.toString();
  }

  /**
   * Which pairs survive the matcher's span budget ({@link EvidenceModel#ITEMS_PER_SPAN_AND_SHEET}
   * most probable items per span and sheet), with the pairs of the set standing for the sheet's
   * evidence: the graded pairs of a text, span and sheet are the items the matcher showed for them.
   */
  static boolean[] withinBudget(List<Labelled> pairs, double[] probability) {
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      EvidenceGrade g = pairs.get(i).grade();
      groups.computeIfAbsent(g.text() + "\u0000" + g.sheet() + "\u0000" + g.span(), k -> new ArrayList<>()).add(i);
    }
    boolean[] within = new boolean[pairs.size()];
    for (List<Integer> group : groups.values()) {
      group.sort(Comparator.<Integer>comparingDouble(i -> -probability[i])
          .thenComparing(i -> pairs.get(i).grade().item()));
      for (int r = 0; r < Math.min(EvidenceModel.ITEMS_PER_SPAN_AND_SHEET, group.size()); r++) {
        within[group.get(r)] = true;
      }
    }
    return within;
  }

  /** The pairs the matcher would show under {@code model}: accepted, and within the span budget. */
  public static Predicate<Labelled> shown(List<Labelled> pairs, EvidenceModel model) {
    double[] probability = pairs.stream().mapToDouble(l -> model.probability(l.features())).toArray();
    boolean[] within = withinBudget(pairs, probability);
    java.util.Set<Labelled> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < pairs.size(); i++) {
      if (within[i] && model.accepts(probability[i])) {
        shown.add(pairs.get(i));
      }
    }
    return shown::contains;
  }

  private static int fold(Labelled l) {
    return Math.floorMod(l.grade().text().hashCode(), FOLDS);
  }

  private static EvidenceModel fitWeights(List<Labelled> fit, String fittedOn) {
    double[][] x = new double[fit.size()][];
    boolean[] y = new boolean[fit.size()];
    for (int i = 0; i < fit.size(); i++) {
      x[i] = fit.get(i).features().vector();
      y[i] = fit.get(i).grade().right();
    }
    double[] beta = LogisticTrainer.fit(x, y, L2);
    double[] weights = new double[beta.length - 1];
    System.arraycopy(beta, 1, weights, 0, weights.length);
    return new EvidenceModel(EvidenceFeatures.NAMES, round(beta[0]), round(weights), 0.5, fittedOn, COMMAND);
  }

  /** Precision and recall of a rule on some pairs, for right and for right-or-partial. */
  public record Figures(int pairs, int kept, double precision, double recall, double precisionOrPartial,
      double recallOrPartial) {}

  public static Figures figures(List<Labelled> pairs, Predicate<Labelled> keeps) {
    int kept = 0;
    int right = 0;
    int rightKept = 0;
    int rp = 0;
    int rpKept = 0;
    for (Labelled l : pairs) {
      boolean k = keeps.test(l);
      kept += k ? 1 : 0;
      if (l.grade().right()) {
        right++;
        rightKept += k ? 1 : 0;
      }
      if (l.grade().rightOrPartial()) {
        rp++;
        rpKept += k ? 1 : 0;
      }
    }
    return new Figures(pairs.size(), kept, share(rightKept, kept), share(rightKept, right), share(rpKept, kept),
        share(rpKept, rp));
  }

  /** The Markdown report on the held-out part (the section docs/quality.md shows). */
  public static String report(EvidenceSet set, Joined joined, EvidenceModel model) {
    List<Labelled> held = heldOutPart(joined.pairs());
    List<Labelled> fit = fitPart(joined.pairs());
    String header = String.format(Locale.ROOT,
        "Set: `%s` (%d pairs, sha256 %s); held-out part: %d pairs of %d texts, fit part: %d pairs of %d texts;"
            + " graded pairs not found again: %d. Model: threshold %.3f, %s. Produced by"
            + " `bin/passerelles eval-evidence --write docs/quality.md`.%n%n",
        set.file(), set.grades().size(), set.sha256().substring(0, 12), held.size(), texts(held), fit.size(), texts(fit),
        joined.missing(), model.threshold(), model.fittedOn());
    return report(header, "held-out", held, model);
  }

  /**
   * The Markdown report on a blind set: every pair is read as text the model never saw (a batch
   * kept out of both parts of the graded set, read once with the model chosen without it).
   */
  public static String blindReport(EvidenceSet set, Joined joined, EvidenceModel model) {
    List<Labelled> all = joined.pairs();
    String header = String.format(Locale.ROOT,
        "Blind set: `%s` (%d pairs of %d texts, sha256 %s), every pair read, none fitted on or used to choose;"
            + " graded pairs not found again: %d. Model: threshold %.3f, %s. Produced by"
            + " `bin/passerelles eval-evidence --set %s --blind --write docs/quality.md`.%n%n",
        set.file(), set.grades().size(), texts(all), set.sha256().substring(0, 12), joined.missing(), model.threshold(),
        model.fittedOn(), set.file());
    return report(header, "blind", all, model);
  }

  private static String report(String header, String part, List<Labelled> held, EvidenceModel model) {
    StringBuilder md = new StringBuilder(header);
    md.append("| " + part + " texts | rule | pairs | kept | precision | recall | precision (right+partial) | recall (right+partial) |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    rows(md, "all", held, model);
    rows(md, "ads, job descriptions, CVs", held.stream().filter(l -> REAL_STYLE.test(l.grade().text())).toList(), model);
    List<Labelled> rome = held.stream().filter(l -> !REAL_STYLE.test(l.grade().text())).toList();
    if (!rome.isEmpty()) {
      rows(md, "ROME sentences", rome, model);
    }
    md.append("\nCalibration on the " + part + " part (the model's probability against the share graded right):\n\n");
    md.append("| probability | pairs | mean probability | right | right+partial |\n|---|---:|---:|---:|---:|\n");
    double[] edges = {0, 0.2, 0.4, 0.6, 0.8, 1.0001};
    for (int b = 0; b + 1 < edges.length; b++) {
      double lo = edges[b];
      double hi = edges[b + 1];
      List<Labelled> in = held.stream().filter(l -> {
        double p = model.probability(l.features());
        return p >= lo && p < hi;
      }).toList();
      double mean = in.stream().mapToDouble(l -> model.probability(l.features())).average().orElse(0);
      md.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %.3f | %.3f | %.3f |%n", lo, Math.min(hi, 1.0), in.size(),
          mean, share(in.stream().filter(l -> l.grade().right()).count(), in.size()),
          share(in.stream().filter(l -> l.grade().rightOrPartial()).count(), in.size())));
    }
    return md.toString();
  }

  private static void rows(StringBuilder md, String name, List<Labelled> pairs, EvidenceModel model) {
    row(md, name, "before: cosine ≥ 0.2", figures(pairs, l -> EvidenceModel.COSINE_RULE.accepts(
        EvidenceModel.COSINE_RULE.probability(l.features()))));
    row(md, name, String.format(Locale.ROOT, "probability ≥ %.3f alone", model.threshold()),
        figures(pairs, l -> model.accepts(model.probability(l.features()))));
    Predicate<Labelled> shown = shown(pairs, model);
    row(md, name, String.format(Locale.ROOT, "after: probability ≥ %.3f, %d item per span and sheet", model.threshold(),
        EvidenceModel.ITEMS_PER_SPAN_AND_SHEET), figures(pairs, shown));
    row(md, name, "as served: the same, task zones only, no branch sheet's for a text about another trade",
        figures(pairs, l -> l.servable() && shown.test(l)));
  }

  private static void row(StringBuilder md, String name, String rule, Figures f) {
    md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f |%n", name, rule, f.pairs(),
        f.kept(), f.precision(), f.recall(), f.precisionOrPartial(), f.recallOrPartial()));
  }

  private static long texts(List<Labelled> pairs) {
    return pairs.stream().map(l -> l.grade().text()).distinct().count();
  }

  private static double share(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private static double[] round(double[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = round(v[i]);
    }
    return out;
  }
}
