package fr.passerelles.nlp;

import java.util.Arrays;
import java.util.Optional;
import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

/**
 * The POS model decoded with a beam of one, as {@code POSTaggerME} over {@code BeamSearch} does
 * for the greedy model of {@link NlpModels}, giving the same tags, without what the general beam
 * costs per token: copying the sequence so far into a new list and an array, sorting every score.
 *
 * <p>Not thread-safe (the context generator caches a sentence's features): one per caller, as
 * {@code POSTaggerME}.
 */
final class GreedyPosTagger {
  /** {@code BeamSearch}'s floor for a sequence's log score. */
  private static final double ZERO_LOG = -100000;
  private static final Object[] NO_CONTEXT = new Object[0];

  private final MaxentModel weights;
  private final POSContextGenerator contexts;
  private final SequenceValidator<String> validator;
  private final double[] probs;

  private GreedyPosTagger(MaxentModel weights, POSContextGenerator contexts, SequenceValidator<String> validator) {
    this.weights = weights;
    this.contexts = contexts;
    this.validator = validator;
    this.probs = new double[weights.getNumOutcomes()];
  }

  /**
   * A greedy tagger for the model when it is decoded with a beam of one, weighs with a maxent
   * model and writes UD tags (no format conversion); empty otherwise, for {@code POSTaggerME}.
   */
  static Optional<GreedyPosTagger> of(POSModel model) {
    String beam = model.getManifestProperty("BeamSize");
    MaxentModel weights = model.getArtifact("pos.model");
    if (beam == null || Integer.parseInt(beam) != 1 || weights == null
        || POSTagFormatMapper.guessFormat(model) != POSTagFormat.UD) {
      return Optional.empty();
    }
    POSTaggerFactory factory = model.getFactory();
    // no context cache (size 0): greedy decoding asks each token's context once, with the tags
    // before it, so the cache never answers and only costs a put per token
    return Optional.of(new GreedyPosTagger(weights, factory.getPOSContextGenerator(0), factory.getSequenceValidator()));
  }

  /** One tag per token. */
  String[] tag(String[] tokens) {
    String[] tags = new String[tokens.length];
    double score = 0;
    for (int i = 0; i < tokens.length; i++) {
      String[] prior = Arrays.copyOf(tags, i);
      double[] scores = weights.eval(contexts.getContext(i, tokens, prior, NO_CONTEXT), probs);
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
