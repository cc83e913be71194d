package fr.passerelles.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A logistic model over {@link EvidenceFeatures#vector()}: the probability that the span states
 * the item, and the threshold under which a pair is not evidence. The committed model
 * ({@link #RESOURCE}) is fitted by {@code bin/passerelles eval-evidence --fit} on the fit part of
 * the graded evidence set (docs/matching.md, "Evidence").
 *
 * @param features the names of the inputs, as {@link EvidenceFeatures#NAMES} (checked at load)
 * @param intercept the model's bias
 * @param weights one weight per feature
 * @param threshold the lowest probability that counts as evidence
 * @param fittedOn what the model was fitted on (file, checksum, pairs), for the reader
 * @param command the command that refits it
 */
public record EvidenceModel(
    List<String> features, double intercept, double[] weights, double threshold, String fittedOn, String command) {

  public static final String RESOURCE = "/fr/passerelles/match/evidence-model.json";

  /**
   * Items of one sheet a span may evidence: a line states one thing of a sheet, and when it seems
   * to state several ("Accompagner les résidents" for six specific care items) the others are
   * more often the same words read into more specific items than right. Chosen on the fit part of
   * the graded evidence set (docs/quality.md, "Evidence"): at 1, the nested out-of-fold precision
   * rose from 0.872 to 0.897 at the same recall; at 2 nothing changed.
   */
  public static final int ITEMS_PER_SPAN_AND_SHEET = 1;

  /**
   * The rule before the model, cosine ≥ 0.2, as a model: a steep logistic on the cosine alone
   * whose 0.5 point is 0.2. Used when no model is committed (the first fit) and as "before".
   */
  public static final EvidenceModel COSINE_RULE = cosineRule();

  public EvidenceModel {
    features = List.copyOf(features);
    weights = weights.clone();
    if (!features.equals(EvidenceFeatures.NAMES) || weights.length != features.size()) {
      throw new IllegalArgumentException("evidence model features " + features + " do not match " + EvidenceFeatures.NAMES);
    }
  }

  /** The committed model, or {@link #COSINE_RULE} when there is none. */
  public static EvidenceModel load() {
    try (InputStream in = EvidenceModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? COSINE_RULE : new ObjectMapper().readValue(in, EvidenceModel.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public double probability(EvidenceFeatures f) {
    return probability(f.vector());
  }

  public double probability(double[] x) {
    double z = intercept;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  public boolean accepts(double probability) {
    return probability >= threshold;
  }

  private static EvidenceModel cosineRule() {
    double steep = 40;
    double[] w = new double[EvidenceFeatures.NAMES.size()];
    w[0] = steep;
    return new EvidenceModel(EvidenceFeatures.NAMES, -steep * EvidenceCollector.MIN_STRENGTH, w, 0.5,
        "none: cosine ≥ " + EvidenceCollector.MIN_STRENGTH, "");
  }
}
