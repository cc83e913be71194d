package fr.passerelles.match;

import fr.passerelles.index.ItemVectors;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * Finds the items of one index closest to a span of the input: a term-at-a-time pass over the
 * span's inverted lists adds up, for every item, the squared IDF of the terms it shares with the
 * span, which gives the exact cosine of the two IDF-weighted term sets. Exhaustive, so an item is
 * never missed because another ranking put it below a cut-off.
 *
 * <p>Holds scratch arrays the size of the index, reused span after span: one per request and
 * index, not thread-safe.
 */
final class CosineAccumulator {
  /** Minimum matched terms (fewer when the item itself is that short). */
  static final int MIN_MATCHED = 2;

  private final ItemVectors vectors;
  private final float[] shared;
  private final int[] matched;
  private final int[] touched;

  CosineAccumulator(ItemVectors vectors) {
    this.vectors = vectors;
    this.shared = new float[vectors.size()];
    this.matched = new int[vectors.size()];
    this.touched = new int[vectors.size()];
  }

  /** An item and the cosine of its term set with the span's. */
  record Hit(int item, double strength) {}

  /**
   * The {@code k} items with the highest cosine, best first, among those that share at least
   * {@link #MIN_MATCHED} terms with the span (or all of a shorter item's), reach {@code
   * minStrength} and pass {@code accepts}.
   */
  Hit[] top(AnalyzedSpan span, int k, double minStrength, IntPredicate accepts) {
    double spanNorm = 0;
    int touchedCount = 0;
    for (String term : span.occurrences().keySet()) {
      int id = vectors.termId(term);
      if (id < 0) {
        spanNorm += vectors.unknownWeight(); // the user's rare word still dilutes the match
        continue;
      }
      float w = vectors.weight(id);
      spanNorm += w;
      for (int item : vectors.postings(id)) {
        if (matched[item]++ == 0) {
          touched[touchedCount++] = item;
        }
        shared[item] += w;
      }
    }
    PriorityQueue<Hit> best = new PriorityQueue<>(k + 1, CosineAccumulator::worseFirst);
    for (int i = 0; i < touchedCount; i++) {
      int item = touched[i];
      if (matched[item] >= Math.min(MIN_MATCHED, vectors.termCount(item))) {
        double strength = shared[item] / Math.sqrt((double) vectors.norm(item) * spanNorm);
        if (strength >= minStrength && (best.size() < k || strength > best.peek().strength())
            && accepts.test(item)) {
          best.add(new Hit(item, strength));
          if (best.size() > k) {
            best.poll();
          }
        }
      }
      shared[item] = 0;
      matched[item] = 0;
    }
    Hit[] out = new Hit[best.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = best.poll();
    }
    return out;
  }

  /** Lower strength first; on a tie the later item first, so the earlier one is kept. */
  private static int worseFirst(Hit a, Hit b) {
    int c = Double.compare(a.strength(), b.strength());
    return c != 0 ? c : Integer.compare(b.item(), a.item());
  }
}
