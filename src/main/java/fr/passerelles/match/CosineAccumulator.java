package fr.passerelles.match;

import fr.passerelles.index.ItemVectors;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * Finds the items of one index closest to a span of the input: a term-at-a-time pass over the
 * span's inverted lists adds up, for every item, the squared IDF of the terms it shares with the
 * span, which gives the exact cosine of the two IDF-weighted term sets. Exhaustive, so an item is
 * never missed because another ranking put it below a cut-off.
 *
 * <p>Holds scratch arrays the size of the index, reused span after span and request after request
 * ({@link #top} leaves them zeroed): one user at a time, not thread-safe.
 */
final class CosineAccumulator {
  /** Minimum matched terms (fewer when the item itself is that short). */
  static final int MIN_MATCHED = 2;

  private final ItemVectors vectors;
  /**
   * Per item, four ints side by side (one cache line where four arrays took four): how many of
   * the pass's terms it has, of the written terms, and the float bits of what it shares with
   * the written reading, then with the second one. The floats are added as floats: the same sums.
   */
  private final int[] acc;
  private final int[] touched;
  /**
   * The items of fewer than {@link #MIN_MATCHED} terms, one bit each (4 KB, cache-resident): most
   * items a pass touches share one term with the span, and this says they fail without reading
   * the index's per-item arrays, a cache miss each.
   */
  private final long[] shortItems;
  /** Per item, its squared norm: read only for an item that passed the cheap tests. */
  private final float[] norms;

  /** Offsets in an item's four ints of {@link #acc}. */
  private static final int MATCHED_SECOND = 0;
  private static final int MATCHED = 1;
  private static final int SHARED = 2;
  private static final int SHARED_SECOND = 3;

  CosineAccumulator(ItemVectors vectors) {
    this.vectors = vectors;
    this.acc = new int[vectors.size() * 4];
    this.touched = new int[vectors.size()];
    this.shortItems = new long[(vectors.size() + 63) >>> 6];
    this.norms = new float[vectors.size()];
    for (int item = 0; item < vectors.size(); item++) {
      if (vectors.termCount(item) < MIN_MATCHED) {
        shortItems[item >>> 6] |= 1L << item;
      }
      norms[item] = vectors.norm(item);
    }
  }

  /** An item and the cosine of its term set with the span's. */
  record Hit(int item, double strength) {}

  /**
   * The {@code k} items with the highest cosine, best first, among those that share at least
   * {@link #MIN_MATCHED} terms with the span (or all of a shorter item's), reach {@code
   * minStrength} and pass {@code accepts}.
   */
  Hit[] top(AnalyzedSpan span, int k, double minStrength, IntPredicate accepts) {
    return top(span, null, k, minStrength, accepts)[0];
  }

  /**
   * Both readings of a span in one pass over the inverted lists: the span as written and {@code
   * second}, the same span with terms added (an action noun's verb, {@link NominalExpansion}).
   * Exact for both: the pass walks the union of their terms, pruned by the written reading's
   * threshold, the lower of the two (its norm is the smaller), and keeps apart what each item
   * shares with the added terms. {@code second} null: the written reading alone.
   *
   * @return the written reading's hits, then the second's (empty when {@code second} is null)
   */
  Hit[][] top(AnalyzedSpan span, AnalyzedSpan second, int k, double minStrength, IntPredicate accepts) {
    int size = span.occurrences().size() + (second == null ? 0 : second.occurrences().size());
    int[] terms = new int[size];
    boolean[] added = new boolean[size];
    int known = 0;
    double spanNorm = 0;
    for (String term : span.occurrences().keySet()) {
      int id = vectors.termId(term);
      if (id < 0) {
        spanNorm += vectors.unknownWeight(); // the user's rare word still dilutes the match
      } else {
        spanNorm += vectors.weight(id);
        terms[known++] = id;
      }
    }
    double secondNorm = spanNorm;
    if (second != null) {
      for (String term : second.occurrences().keySet()) {
        if (span.occurrences().containsKey(term)) {
          continue;
        }
        int id = vectors.termId(term);
        if (id < 0) {
          secondNorm += vectors.unknownWeight();
        } else {
          secondNorm += vectors.weight(id);
          added[known] = true;
          terms[known++] = id;
        }
      }
    }
    int[] order = sortByWeightDescending(terms, known);
    // An item reaches minStrength only if the weight it shares is at least minStrength² × the
    // span's norm (its own norm is at least what it shares). Once the terms left weigh less than
    // that, no item they alone would add can qualify: they only add to the items already found,
    // looked up in their (long, common-word) inverted lists instead of walking them.
    double needed = minStrength * minStrength * spanNorm;
    double left = 0;
    for (int i = 0; i < known; i++) {
      left += vectors.weight(terms[i]);
    }
    int touchedCount = 0;
    boolean both = second != null;
    for (int o : order) {
      int id = terms[o];
      float w = vectors.weight(id);
      boolean written = !added[o];
      int[] items = vectors.postings(id);
      // each reading's sum runs in the order its own pass would take, so its floats are the same
      if (left >= needed) {
        for (int item : items) {
          int at = item << 2;
          if (acc[at + MATCHED_SECOND]++ == 0) {
            touched[touchedCount++] = item;
          }
          add(at, w, written, both);
        }
      } else if (items.length < touchedCount * 8) {
        for (int item : items) {
          int at = item << 2;
          if (acc[at + MATCHED_SECOND] > 0) {
            acc[at + MATCHED_SECOND]++;
            add(at, w, written, both);
          }
        }
      } else {
        for (int i = 0; i < touchedCount; i++) {
          int item = touched[i];
          if (Arrays.binarySearch(items, item) >= 0) {
            int at = item << 2;
            acc[at + MATCHED_SECOND]++;
            add(at, w, written, both);
          }
        }
      }
      left -= w;
    }
    PriorityQueue<Hit> best = new PriorityQueue<>(k + 1, CosineAccumulator::worseFirst);
    PriorityQueue<Hit> bestSecond = new PriorityQueue<>(k + 1, CosineAccumulator::worseFirst);
    double neededSecond = minStrength * minStrength * secondNorm;
    for (int i = 0; i < touchedCount; i++) {
      int item = touched[i];
      int at = item << 2;
      int matched = acc[at + MATCHED];
      if (matched > 0) {
        offer(best, item, Float.intBitsToFloat(acc[at + SHARED]), matched, needed, spanNorm, k, minStrength, accepts);
      }
      if (both) {
        offer(bestSecond, item, Float.intBitsToFloat(acc[at + SHARED_SECOND]), acc[at + MATCHED_SECOND], neededSecond,
            secondNorm, k, minStrength, accepts);
      }
      acc[at + MATCHED_SECOND] = 0;
      acc[at + MATCHED] = 0;
      acc[at + SHARED] = 0;
      acc[at + SHARED_SECOND] = 0;
    }
    return new Hit[][] {drain(best), drain(bestSecond)};
  }

  /** A term's weight to an item: to the written reading if the term is written, to the second one always. */
  private void add(int at, float w, boolean written, boolean both) {
    if (written) {
      acc[at + MATCHED]++;
      acc[at + SHARED] = Float.floatToRawIntBits(Float.intBitsToFloat(acc[at + SHARED]) + w);
    }
    if (both) {
      acc[at + SHARED_SECOND] = Float.floatToRawIntBits(Float.intBitsToFloat(acc[at + SHARED_SECOND]) + w);
    }
  }

  private void offer(PriorityQueue<Hit> best, int item, double itemShared, int itemMatched, double needed,
      double spanNorm, int k, double minStrength, IntPredicate accepts) {
    if (enoughMatched(item, itemMatched) && itemShared >= needed) {
      double strength = itemShared / Math.sqrt((double) norms[item] * spanNorm);
      if (strength >= minStrength && (best.size() < k || strength > best.peek().strength())
          && accepts.test(item)) {
        best.add(new Hit(item, strength));
        if (best.size() > k) {
          best.poll();
        }
      }
    }
  }

  /** At least {@link #MIN_MATCHED} terms matched, or all of a shorter item's. */
  private boolean enoughMatched(int item, int matched) {
    return matched >= MIN_MATCHED
        || (shortItems[item >>> 6] & 1L << item) != 0 && matched >= vectors.termCount(item);
  }

  private static Hit[] drain(PriorityQueue<Hit> best) {
    Hit[] out = new Hit[best.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = best.poll();
    }
    return out;
  }

  /**
   * The positions of the first {@code n} term numbers, heaviest first, equal weights in their given
   * order (as a stable sort): each sorts by one long, its weight's order above its position, with
   * no boxing.
   */
  private int[] sortByWeightDescending(int[] terms, int n) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (DESCENDING - sortable(vectors.weight(terms[i]))) << POSITION_BITS | i;
    }
    Arrays.sort(keys);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) (keys[i] & POSITION_MASK);
    }
    return out;
  }

  /** A span's distinct terms number far fewer than 2^24 (the text is at most 20,000 characters). */
  private static final int POSITION_BITS = 24;
  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
  private static final long DESCENDING = Integer.MAX_VALUE;

  /** An int in the order of {@link Float#compare} (the usual flip of a negative float's bits). */
  static int sortable(float f) {
    int bits = Float.floatToIntBits(f);
    return bits ^ (bits >> 31) & Integer.MAX_VALUE;
  }

  /** Lower strength first; on a tie the later item first, so the earlier one is kept. */
  private static int worseFirst(Hit a, Hit b) {
    int c = Double.compare(a.strength(), b.strength());
    return c != 0 ? c : Integer.compare(b.item(), a.item());
  }
}
