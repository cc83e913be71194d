package fr.passerelles.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link AnalyzedSpan#slice} for the many spans of one text (its lines, phrases and title lines):
 * the whole analysis's occurrences indexed once by where they end, so a slice reads only its own
 * occurrences instead of all of the text's. Gives the same terms in the same order as {@code
 * slice}: the whole text's term order, each term's occurrences in their order.
 */
final class SpanSlicer {
  private final AnalyzedSpan whole;
  private final List<List<TextSpan>> byRank = new ArrayList<>();
  private final List<String> terms = new ArrayList<>();
  /** Every occurrence as (rank of its term) << 32 | (its index in the term's list), by end offset. */
  private final long[] keys;
  private final int[] ends;
  /** False for a text too large for the packed keys (never under the service's size limit). */
  private final boolean packed;

  SpanSlicer(AnalyzedSpan whole) {
    this.whole = whole;
    int total = 0;
    for (Map.Entry<String, List<TextSpan>> e : whole.occurrences().entrySet()) {
      terms.add(e.getKey());
      byRank.add(e.getValue());
      total += e.getValue().size();
    }
    int lastEnd = whole.occurrences().values().stream().flatMap(List::stream).mapToInt(TextSpan::end).max().orElse(0);
    this.packed = total <= MASK && byRank.size() <= MASK && lastEnd < 1 << 23;
    if (!packed) {
      this.keys = new long[0];
      this.ends = new int[0];
      return;
    }
    long[] byEnd = new long[total];
    int n = 0;
    for (int rank = 0; rank < byRank.size(); rank++) {
      List<TextSpan> occ = byRank.get(rank);
      for (int i = 0; i < occ.size(); i++) {
        // end offset in the high bits for the sort, the occurrence's index in the low ones
        byEnd[n++] = (long) occ.get(i).end() << 40 | (long) rank << 20 | i;
      }
    }
    Arrays.sort(byEnd);
    this.keys = new long[total];
    this.ends = new int[total];
    for (int k = 0; k < total; k++) {
      ends[k] = (int) (byEnd[k] >>> 40);
      keys[k] = (byEnd[k] >>> 20 & MASK) << 32 | byEnd[k] & MASK;
    }
  }

  /** Ranks and indexes fit in 20 bits, end offsets in 23. */
  private static final long MASK = (1L << 20) - 1;

  /** The same as {@code whole.slice(span)}. */
  AnalyzedSpan slice(TextSpan span) {
    if (!packed) {
      return whole.slice(span);
    }
    int from = firstEndAfter(span.start());
    int to = firstEndAfter(span.end());
    long[] inside = Arrays.copyOfRange(keys, from, to);
    Arrays.sort(inside); // the whole text's term order, then each term's own order
    Map<String, List<TextSpan>> occ = new LinkedHashMap<>();
    for (long key : inside) {
      int rank = (int) (key >>> 32);
      TextSpan o = byRank.get(rank).get((int) key);
      TextSpan part = o.start() >= span.start() ? o
          : new TextSpan(span.start(), o.end(), o.text().substring(span.start() - o.start()));
      occ.computeIfAbsent(terms.get(rank), k -> new ArrayList<>(2)).add(part);
    }
    return new AnalyzedSpan(span, occ);
  }

  /** The first occurrence whose end is past {@code offset}. */
  private int firstEndAfter(int offset) {
    int lo = 0;
    int hi = ends.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
