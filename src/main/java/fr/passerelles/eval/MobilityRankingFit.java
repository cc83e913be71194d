package fr.passerelles.eval;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.CuratedMove;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.RankingSignals;
import fr.passerelles.mobility.RankingWeights;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Fits the learned ranking of ROME origins' computed candidates ({@link RankingWeights}) by pairwise
 * logistic regression: for each origin the fit may see, each of its ROME links among its candidates
 * (overlap at or above the threshold) against up to {@link #NEGATIVES} of its non-linked candidates,
 * drawn with a fixed seed; the signals standardised, the weights brought back to their scale. The
 * links are the labels, never a signal. Only train origins ({@link MobilityEvaluation#trainOrigin})
 * are ever given to it; the test half is read once, by {@code eval-mobility}.
 */
public final class MobilityRankingFit {
  static final int NEGATIVES = 20;
  /** L2 penalty per pair on the standardised weights: small, the pairs number tens of thousands. */
  static final double L2_PER_PAIR = 1e-3;
  private static final long SEED = 13L;

  private MobilityRankingFit() {}

  /**
   * The two halves of the train origins, for choosing on train alone (a CRC32 of the code and a salt,
   * independent of the train / test split's own hash).
   */
  public static boolean innerHalf(String code) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update((code + "#inner").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0;
  }

  /** @param fitted which origins the fit sees */
  public static RankingWeights fit(Mobility mobility, Predicate<String> fitted) {
    List<double[]> positives = new ArrayList<>();
    List<double[]> negatives = new ArrayList<>();
    List<double[]> all = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(SEED);
    for (MetierProfile o : mobility.profiles()) {
      if (o.type() != SheetType.ROME || o.competences().isEmpty() || !fitted.test(o.id())) {
        continue;
      }
      Set<String> links = new HashSet<>();
      mobility.curatedMoves(o.id()).stream().map(CuratedMove::targetId).forEach(links::add);
      List<double[]> pos = new ArrayList<>();
      List<double[]> neg = new ArrayList<>();
      for (RankingSignals s : mobility.rankingSignals(o.id(), mobility.settings().candidateOverlap())) {
        (links.contains(s.target()) ? pos : neg).add(s.values());
        all.add(s.values());
      }
      for (double[] p : pos) {
        for (double[] n : draw(neg, NEGATIVES, random)) {
          positives.add(p);
          negatives.add(n);
        }
      }
    }
    int d = RankingSignals.NAMES.length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] x : all) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[j] / all.size();
      }
    }
    for (double[] x : all) {
      for (int j = 0; j < d; j++) {
        sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]) / all.size();
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]) + 1e-9;
    }
    // each pair both ways round, so the intercept stays 0 and the weights alone order the two
    int pairs = positives.size();
    double[][] x = new double[2 * pairs][d];
    boolean[] y = new boolean[2 * pairs];
    for (int i = 0; i < pairs; i++) {
      for (int j = 0; j < d; j++) {
        double diff = (positives.get(i)[j] - negatives.get(i)[j]) / sd[j];
        x[2 * i][j] = diff;
        x[2 * i + 1][j] = -diff;
      }
      y[2 * i] = true;
    }
    double[] beta = LogisticTrainer.fit(x, y, L2_PER_PAIR * 2 * pairs);
    double[] w = new double[d];
    for (int j = 0; j < d; j++) {
      w[j] = beta[j + 1] / sd[j];
    }
    return RankingWeights.of(w);
  }

  /** Up to {@code n} of {@code from}, without repetition, in a seeded order. */
  private static List<double[]> draw(List<double[]> from, int n, SplittableRandom random) {
    List<double[]> pool = new ArrayList<>(from);
    for (int i = pool.size() - 1; i > 0; i--) {
      java.util.Collections.swap(pool, i, random.nextInt(i + 1));
    }
    return pool.subList(0, Math.min(n, pool.size()));
  }
}
