package fr.passerelles.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The evidence model's threshold: the lowest probability whose kept pairs reach the target precision
 * not on average but at a lower confidence bound over texts. Texts, not pairs, are what varies from
 * one set to the next (a text's pairs share its style and its errors), so the bound resamples texts:
 * the precision a new set of texts will show differs from the fit part's by the sampling error of
 * both, and a resample of half the fit part's texts has that variance (two sets of n texts: twice
 * the variance of one). The threshold is the lowest whose 5th percentile over {@link #RESAMPLES} such
 * resamples reaches the target: a new set as large as the fit part falls under it about one time in
 * twenty, where a threshold set on the mean falls under it one time in two.
 */
public final class OperatingPoint {
  /** The precision the evidence must keep on new text (issue 10). */
  public static final double TARGET_PRECISION = 0.85;
  /** The bound: this quantile of the resampled precision must reach the target. */
  public static final double BOUND_QUANTILE = 0.05;
  static final int RESAMPLES = 2000;
  /** A threshold must keep at least this many pairs (no precision from a handful). */
  static final int MIN_KEPT = 20;
  private static final long SEED = 20261205L;

  private OperatingPoint() {}

  /** A scored pair: its text, its probability and whether it was graded right. */
  public record Scored(String text, double probability, boolean right) {}

  /** The chosen threshold (three decimals, rounded down), or 1 when no threshold holds. */
  public static double threshold(List<Scored> pairs) {
    Map<String, Integer> textNo = new HashMap<>();
    for (Scored s : pairs) {
      textNo.putIfAbsent(s.text(), textNo.size());
    }
    int texts = textNo.size();
    if (texts == 0) {
      return 1;
    }
    int[][] draws = draws(texts, Math.max(2, Math.round(texts / 2f)));
    TreeSet<Double> candidates = new TreeSet<>();
    for (Scored s : pairs) {
      candidates.add(floor3(s.probability()));
    }
    double best = 1;
    for (double c : candidates.descendingSet()) {
      int[] kept = new int[texts];
      int[] right = new int[texts];
      int total = 0;
      for (Scored s : pairs) {
        if (s.probability() >= c) {
          int t = textNo.get(s.text());
          kept[t]++;
          right[t] += s.right() ? 1 : 0;
          total++;
        }
      }
      if (total >= MIN_KEPT && lowerBound(draws, kept, right) >= TARGET_PRECISION) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The {@link #BOUND_QUANTILE} quantile of the precision over the resamples (a resample that keeps
   * nothing shows nothing wrong: precision 1).
   */
  static double lowerBound(int[][] draws, int[] kept, int[] right) {
    double[] precision = new double[draws.length];
    for (int b = 0; b < draws.length; b++) {
      long k = 0;
      long r = 0;
      for (int t : draws[b]) {
        k += kept[t];
        r += right[t];
      }
      precision[b] = k == 0 ? 1 : (double) r / k;
    }
    java.util.Arrays.sort(precision);
    return precision[(int) Math.floor(BOUND_QUANTILE * (draws.length - 1))];
  }

  /** {@link #RESAMPLES} draws of {@code size} text numbers with replacement, the same on every run. */
  private static int[][] draws(int texts, int size) {
    SplittableRandom random = new SplittableRandom(SEED);
    int[][] out = new int[RESAMPLES][size];
    for (int[] draw : out) {
      for (int i = 0; i < size; i++) {
        draw[i] = random.nextInt(texts);
      }
    }
    return out;
  }

  private static double floor3(double p) {
    return Math.floor(p * 1000) / 1000;
  }

  /** The pairs as the rule reads them. */
  static List<Scored> scored(List<EvidenceEvaluation.Labelled> pairs, double[] probability) {
    List<Scored> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      out.add(new Scored(pairs.get(i).grade().text(), probability[i], pairs.get(i).grade().right()));
    }
    return out;
  }
}
