package fr.passerelles.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.SequenceValidator;

/**
 * The POS model decoded with a beam of one, as {@code POSTaggerME} over {@code BeamSearch} does
 * for the greedy model of {@link NlpModels}, giving the same tags, without what the general beam
 * costs per token: copying the sequence so far into a new list and an array, sorting every score;
 * and without OpenNLP's feature strings: the model's rows come from {@link PosFeatureContexts},
 * a form's own rows looked up once per text ({@link #forget} ends a text).
 *
 * <p>Not thread-safe (it remembers the forms of the text being tagged): one per caller, as
 * {@code POSTaggerME}.
 */
final class GreedyPosTagger {
  /** {@code BeamSearch}'s floor for a sequence's log score. */
  private static final double ZERO_LOG = -100000;

  private final MaxentModel weights;
  private final PosFeatureContexts features;
  private final SequenceValidator<String> validator;
  private final double[] probs;
  private final Context[] contexts = new Context[PosFeatureContexts.MAX_CONTEXTS];
  /** The rows of the forms met since {@link #forget}: a CV's tokens are mostly repeats. */
  private final Map<String, PosFeatureContexts.TokenContexts> forms = new HashMap<>();

  private GreedyPosTagger(MaxentModel weights, PosFeatureContexts features, SequenceValidator<String> validator) {
    this.weights = weights;
    this.features = features;
    this.validator = validator;
    this.probs = new double[weights.getNumOutcomes()];
  }

  /**
   * A greedy tagger for the model when it is decoded with a beam of one, weighs with a maxent
   * model whose features {@link PosFeatureContexts} knows and writes UD tags (no format
   * conversion); empty otherwise, for {@code POSTaggerME}.
   */
  static Optional<GreedyPosTagger> of(POSModel model) {
    return of(model, PosFeatureContexts.of(model));
  }

  /** The same with the model's rows already grouped (they are shared by every tagger of the model). */
  static Optional<GreedyPosTagger> of(POSModel model, Optional<PosFeatureContexts> features) {
    String beam = model.getManifestProperty("BeamSize");
    MaxentModel weights = model.getArtifact("pos.model");
    if (beam == null || Integer.parseInt(beam) != 1 || weights == null
        || POSTagFormatMapper.guessFormat(model) != POSTagFormat.UD) {
      return Optional.empty();
    }
    return features.map(f -> new GreedyPosTagger(weights, f, model.getFactory().getSequenceValidator()));
  }

  /** Ends a text: the forms it met are forgotten (the memory stays one text's size). */
  void forget() {
    forms.clear();
  }

  /** One tag per token. */
  String[] tag(String[] tokens) {
    String[] tags = new String[tokens.length];
    int[] outcomes = new int[tokens.length];
    PosFeatureContexts.TokenContexts[] rows = new PosFeatureContexts.TokenContexts[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      rows[i] = forms.computeIfAbsent(tokens[i], features::token);
    }
    double score = 0;
    for (int i = 0; i < tokens.length; i++) {
      String[] prior = Arrays.copyOf(tags, i);
      double[] scores = features.eval(contexts, features.contexts(rows, i, outcomes, contexts), probs);
      // the beam's threshold: the last of the sorted scores (Arrays.sort's order, NaN last)
      double best = scores[0];
      for (double s : scores) {
        if (Double.compare(s, best) > 0) {
          best = s;
        }
      }
      // the beam's candidates in its order: the valid outcomes at the best probability, else every
      // valid outcome; its queue then keeps the highest log score, ties as the queue orders them
      PriorityQueue<Candidate> next = new PriorityQueue<>(1);
      for (int p = 0; p < scores.length; p++) {
        if (scores[p] >= best) {
          offer(next, i, tokens, prior, p, score + StrictMath.log(scores[p]));
        }
      }
      if (next.isEmpty()) {
        for (int p = 0; p < scores.length; p++) {
          offer(next, i, tokens, prior, p, score + StrictMath.log(scores[p]));
        }
      }
      if (next.isEmpty()) {
        throw new IllegalStateException("no tag the tag dictionary allows for token " + i);
      }
      Candidate chosen = next.remove();
      outcomes[i] = chosen.outcome();
      tags[i] = weights.getOutcome(chosen.outcome());
      score = chosen.score();
    }
    return tags;
  }

  private void offer(PriorityQueue<Candidate> next, int i, String[] tokens, String[] prior, int outcome, double score) {
    if (validator.validSequence(i, tokens, prior, weights.getOutcome(outcome)) && score > ZERO_LOG) {
      next.add(new Candidate(outcome, score));
    }
  }

  /** An outcome extending the sequence, ordered as {@code Sequence}: higher score first. */
  private record Candidate(int outcome, double score) implements Comparable<Candidate> {
    @Override
    public int compareTo(Candidate other) {
      return Double.compare(other.score, score);
    }
  }
}
