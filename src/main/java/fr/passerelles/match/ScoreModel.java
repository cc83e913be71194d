package fr.passerelles.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * Fuses a candidate's signals into one score: a logistic model, fitted on the training sheets of
 * the held-out benchmark (never on its test sheets; `bin/passerelles bench --fit`), so the score
 * reads as the probability that the sheet is the right one, whatever the text. A text whose best
 * sheet stays under {@link #confidentAt} gets the "no confident match" answer.
 *
 * @param bias intercept
 * @param weights one per {@link ScoreFeatures#NAMES}
 * @param confidentAt lowest best score still named a match
 * @param confidentAffinity lowest {@link MatchResult#branchAffinity} still named a match (0: any):
 *     a branch answer to a text nearer another trade is not one to name, whatever its score
 * @param fittedOn how the coefficients were obtained (shown in docs)
 */
public record ScoreModel(double bias, double[] weights, double confidentAt, double confidentAffinity, String fittedOn) {

  /** Every signal weighing the same: the candidate pool a fit starts from. */
  public static final ScoreModel NEUTRAL = new ScoreModel(0, new double[] {1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0}, 0, "neutral");

  public ScoreModel(double bias, double[] weights, double confidentAt, String fittedOn) {
    this(bias, weights, confidentAt, 0, fittedOn);
  }

  public ScoreModel {
    if (weights.length != ScoreFeatures.NAMES.length) {
      throw new IllegalArgumentException("expected " + ScoreFeatures.NAMES.length + " weights");
    }
    weights = weights.clone();
  }

  /** A committed model, from a resource beside this class. */
  static ScoreModel load(String resource) {
    try (InputStream in = ScoreModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Properties p = new Properties();
      p.load(in);
      double[] w = new double[ScoreFeatures.NAMES.length];
      for (int i = 0; i < w.length; i++) {
        w[i] = Double.parseDouble(p.getProperty("weight." + ScoreFeatures.NAMES[i], "0"));
      }
      return new ScoreModel(Double.parseDouble(p.getProperty("bias")), w,
          Double.parseDouble(p.getProperty("confidentAt")), Double.parseDouble(p.getProperty("confidentAffinity", "0")),
          p.getProperty("fittedOn", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  public double score(ScoreFeatures f) {
    double z = bias;
    double[] x = f.vector();
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  public ScoreModel withConfidentAt(double threshold) {
    return new ScoreModel(bias, weights, threshold, confidentAffinity, fittedOn);
  }

  /** The same model with its affinity floor at {@code floor}, its provenance told by {@code fittedOn}. */
  public ScoreModel withConfidentAffinity(double floor, String fittedOn) {
    return new ScoreModel(bias, weights, confidentAt, floor, fittedOn);
  }

  /** Whether a best sheet of score {@code score}, for a text of that branch affinity, is named a match. */
  public boolean confident(double score, double branchAffinity) {
    return score >= confidentAt && branchAffinity >= confidentAffinity;
  }

  /** The model as the resource file writes it. */
  public String toProperties() {
    StringBuilder b = new StringBuilder();
    b.append("# Fitted by: ").append(fittedOn).append('\n');
    b.append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
    for (int i = 0; i < weights.length; i++) {
      b.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", ScoreFeatures.NAMES[i], weights[i]));
    }
    b.append(String.format(Locale.ROOT, "confidentAt=%.4f%n", confidentAt));
    if (confidentAffinity > 0) {
      b.append(String.format(Locale.ROOT, "confidentAffinity=%.4f%n", confidentAffinity));
    }
    b.append("fittedOn=").append(fittedOn).append('\n');
    return b.toString();
  }
}
