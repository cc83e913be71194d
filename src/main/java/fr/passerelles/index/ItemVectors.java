package fr.passerelles.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One item index (activities or competences) as IDF-weighted term sets, read once at open: a term
 * dictionary, an inverted list of items per term and each item's norm. Evidence scores every item
 * that shares terms with a CV line exactly (cosine of the two term sets) in one term-at-a-time
 * pass over these lists; a BM25 search per line and per index only proposed candidates, and cost
 * 70 searches on a one-page CV.
 *
 * <p>Item numbers are the documents of the Lucene index, as in {@link SearchIndexes#item}.
 */
public final class ItemVectors {
  private final Map<String, Integer> termIds;
  private final float[] weights;
  private final int[][] postings;
  private final float[] norms;
  private final int[] termCounts;
  private final float unknownWeight;
  private final int[][] itemTerms;

  private ItemVectors(Map<String, Integer> termIds, float[] weights, int[][] postings, float[] norms,
      int[] termCounts, float unknownWeight, int[][] itemTerms) {
    this.itemTerms = itemTerms;
    this.termIds = termIds;
    this.weights = weights;
    this.postings = postings;
    this.norms = norms;
    this.termCounts = termCounts;
    this.unknownWeight = unknownWeight;
  }

  /**
   * @param items the index's items, by document
   * @param idf the IDF of every term of the index
   * @param unknownIdf the IDF given to a term the index does not have (the rarest possible)
   */
  static ItemVectors of(ItemRecord[] items, Map<String, Float> idf, float unknownIdf) {
    Map<String, Integer> ids = new HashMap<>();
    List<List<Integer>> lists = new ArrayList<>();
    float[] norms = new float[items.length];
    int[] counts = new int[items.length];
    int[][] itemTerms = new int[items.length][];
    for (int doc = 0; doc < items.length; doc++) {
      float norm = 0;
      itemTerms[doc] = new int[items[doc].terms().size()];
      int t = 0;
      for (String term : items[doc].terms()) {
        int id = ids.computeIfAbsent(term, k -> {
          lists.add(new ArrayList<>());
          return lists.size() - 1;
        });
        itemTerms[doc][t++] = id;
        lists.get(id).add(doc);
        norm += squared(idf.getOrDefault(term, unknownIdf));
      }
      norms[doc] = norm;
      counts[doc] = items[doc].terms().size();
    }
    float[] weights = new float[lists.size()];
    int[][] postings = new int[lists.size()][];
    ids.forEach((term, id) -> {
      weights[id] = squared(idf.getOrDefault(term, unknownIdf));
      postings[id] = lists.get(id).stream().mapToInt(Integer::intValue).toArray();
    });
    return new ItemVectors(Map.copyOf(ids), weights, postings, norms, counts, squared(unknownIdf), itemTerms);
  }

  private static float squared(float v) {
    return v * v;
  }

  /** Number of items. */
  public int size() {
    return norms.length;
  }

  /** The term's number, or -1 when no item has it. */
  public int termId(String term) {
    Integer id = termIds.get(term);
    return id == null ? -1 : id;
  }

  /** The term's squared IDF: its weight in a term set's squared norm and in a dot product. */
  public float weight(int termId) {
    return weights[termId];
  }

  /** The squared IDF of a term no item has. */
  public float unknownWeight() {
    return unknownWeight;
  }

  /** The items that have the term, ascending. Do not modify. */
  public int[] postings(int termId) {
    return postings[termId];
  }

  /** The item's squared norm: the sum of its terms' squared IDF. */
  public float norm(int item) {
    return norms[item];
  }

  /** The item's term numbers, in the order of {@link ItemRecord#terms()}. Do not modify. */
  public int[] termIds(int item) {
    return itemTerms[item];
  }

  /** How many distinct terms the item has. */
  public int termCount(int item) {
    return termCounts[item];
  }
}
