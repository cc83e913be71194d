package fr.passerelles.nlp;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * The POS model's maxent weights, evaluated as {@link GISModel#eval(String[], double[])} does, to
 * the bit, with its feature strings in an open-addressing table: the model's own {@code
 * LinkedHashMap} costs a chain of dependent loads per feature (bucket, node, key), which was most
 * of the tagger's time (docs/performance.md). Immutable, shared by every tagger.
 */
final class PosWeights {
  private final String[] keys;
  private final int[] hashes;
  private final Context[] contexts;
  private final int mask;
  private final String[] outcomes;
  /** The uniform prior's log(1 / outcomes), the model's starting score for each outcome. */
  private final double prior;

  private PosWeights(Map<String, Context> features, String[] outcomes, double prior) {
    int capacity = Integer.highestOneBit(Math.max(2, features.size()) * 2 - 1) << 1;
    this.keys = new String[capacity];
    this.hashes = new int[capacity];
    this.contexts = new Context[capacity];
    this.mask = capacity - 1;
    features.forEach((key, context) -> {
      int h = key.hashCode();
      int slot = spread(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = h;
      contexts[slot] = context;
    });
    this.outcomes = outcomes.clone();
    this.prior = prior;
  }

  /**
   * The model's weights in the fast table, when it is a maxent model with the uniform prior (the
   * only kind the GIS trainer writes); empty for another kind, which keeps its own evaluation.
   */
  @SuppressWarnings("unchecked")
  static Optional<PosWeights> of(MaxentModel model) {
    if (!(model instanceof GISModel gis)) {
      return Optional.empty();
    }
    Object[] data = gis.getDataStructures();
    if (!(data[1] instanceof Map<?, ?> features) || !(data[2] instanceof String[] outcomes)) {
      return Optional.empty();
    }
    UniformPrior uniform = new UniformPrior();
    uniform.setLabels(outcomes, null);
    double[] start = new double[outcomes.length];
    uniform.logPrior(start, (int[]) null);
    return Optional.of(new PosWeights((Map<String, Context>) features, outcomes, start[0]));
  }

  int outcomeCount() {
    return outcomes.length;
  }

  String outcome(int index) {
    return outcomes[index];
  }

  /**
   * The outcomes' probabilities for one token's features, written into {@code probs}: the prior,
   * plus each known feature's weights in the order given, then the softmax — the same operations
   * in the same order as {@code GISModel}, so the same doubles.
   */
  double[] eval(String[] features, double[] probs) {
    for (int o = 0; o < probs.length; o++) {
      probs[o] = prior;
    }
    for (String feature : features) {
      Context c = lookup(feature);
      if (c != null) {
        int[] to = c.getOutcomes();
        double[] weights = c.getParameters();
        for (int j = 0; j < to.length; j++) {
          probs[to[j]] += weights[j] * 1.0; // the model's feature value, 1 for a present feature
        }
      }
    }
    double sum = 0;
    for (int o = 0; o < probs.length; o++) {
      probs[o] = StrictMath.exp(probs[o]);
      sum += probs[o];
    }
    for (int o = 0; o < probs.length; o++) {
      probs[o] /= sum;
    }
    return probs;
  }

  private Context lookup(String feature) {
    int h = feature.hashCode();
    int slot = spread(h) & mask;
    String key;
    while ((key = keys[slot]) != null) {
      if (hashes[slot] == h && key.equals(feature)) {
        return contexts[slot];
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /** String hashes differ mostly in their low bits' neighbours; mixing keeps linear probing short. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
