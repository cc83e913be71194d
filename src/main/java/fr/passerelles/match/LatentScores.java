package fr.passerelles.match;

import fr.passerelles.index.LatentModel;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One text's nearness to every sheet in the sheets' latent space ({@link LatentModel}), over the
 * sheets the options accept: the fusion's {@code latentRel} and {@code latentCos}, and the
 * {@link #CANDIDATES} nearest sheets as candidates, since a sheet near in meaning may share too
 * few words with the text for any BM25 ranking to bring it in.
 */
final class LatentScores {
  static final int CANDIDATES = 20;
  /** The same floor as the whole-text query: boilerplate and contact lines do not speak. */
  static final double MIN_WEIGHT = SheetRanker.MIN_WEIGHT;

  private final SearchIndexes indexes;
  /** By sheet doc: the cosine, 0 for a sheet the options leave out or not near at all. */
  private final double[] cosine;
  private final double best;
  private final List<String> first;
  /** The sheets whose relative cosine is read against {@link #typeBest} instead (null: none). */
  private final SheetType within;
  private final double typeBest;

  private LatentScores(SearchIndexes indexes, double[] cosine, double best, List<String> first, SheetType within,
      double typeBest) {
    this.indexes = indexes;
    this.cosine = cosine;
    this.best = best;
    this.first = first;
    this.within = within;
    this.typeBest = typeBest;
  }

  /**
   * The same scores, the sheets of {@code type} read against the best of their own type: a mixed
   * request gives a branch métier the relative cosine a branch-only request gives it.
   */
  LatentScores relativeWithin(SheetType type) {
    double b = 0;
    for (int doc = 0; doc < cosine.length; doc++) {
      if (cosine[doc] > 0 && indexes.sheet(doc).type() == type) {
        b = Math.max(b, cosine[doc]);
      }
    }
    return new LatentScores(indexes, cosine, best, first, type, b);
  }

  /**
   * The text's cosine with every sheet, by sheet doc, whatever the request's type.
   *
   * @param counts each analyzed term's weighted frequency in the text
   */
  static double[] similarities(SearchIndexes indexes, Map<String, Double> counts) {
    Map<String, Double> kept = new HashMap<>();
    counts.forEach((term, c) -> {
      if (c >= MIN_WEIGHT) {
        kept.put(term, c);
      }
    });
    return indexes.latent().similarities(kept);
  }

  /**
   * The cosine of the branch sheet nearest the text over that of the nearest sheet of all, in
   * [0, 1]: 1 when a branch métier is the nearest, low for a text about another trade (a mason's
   * CV is far nearer its ROME sheet than any assistance métier), whatever sheets a request
   * searches; 1 for a text the latent space knows no word of (no sign of another trade).
   *
   * @param all the text's cosines ({@link #similarities})
   */
  static double branchAffinity(SearchIndexes indexes, double[] all) {
    double nearest = 0;
    double nearestBranch = 0;
    for (int doc = 0; doc < all.length; doc++) {
      nearest = Math.max(nearest, all[doc]);
      if (indexes.sheet(doc).type() == SheetType.BRANCH) {
        nearestBranch = Math.max(nearestBranch, all[doc]);
      }
    }
    return nearest > 0 ? nearestBranch / nearest : 1;
  }

  /** @param all the text's cosines ({@link #similarities}), read over the sheets the options accept */
  static LatentScores of(SearchIndexes indexes, double[] all, MatchOptions options) {
    double[] sims = all.clone();
    double best = 0;
    for (int doc = 0; doc < sims.length; doc++) {
      if (sims[doc] > 0 && SearchFilters.accepts(indexes.sheet(doc), options)) {
        best = Math.max(best, sims[doc]);
      } else {
        sims[doc] = 0;
      }
    }
    return new LatentScores(indexes, sims, best, nearest(indexes, sims, CANDIDATES), null, 0);
  }

  /** The {@code n} sheets of highest cosine, the higher first, on a tie the lower id first. */
  private static List<String> nearest(SearchIndexes indexes, double[] sims, int n) {
    int[] docs = new int[n + 1];
    int size = 0;
    for (int doc = 0; doc < sims.length; doc++) {
      if (sims[doc] <= 0 || size == n && !before(indexes, sims, doc, docs[n - 1])) {
        continue;
      }
      int at = size;
      while (at > 0 && before(indexes, sims, doc, docs[at - 1])) {
        docs[at] = docs[at - 1];
        at--;
      }
      docs[at] = doc;
      size = Math.min(n, size + 1);
    }
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(indexes.sheet(docs[i]).id());
    }
    return out;
  }

  private static boolean before(SearchIndexes indexes, double[] sims, int a, int b) {
    int c = Double.compare(sims[b], sims[a]);
    return c != 0 ? c < 0 : indexes.sheet(a).id().compareTo(indexes.sheet(b).id()) < 0;
  }

  private double of(String id) {
    int doc = indexes.sheetDoc(id);
    return doc < 0 ? 0 : cosine[doc];
  }

  /** The cosine over the best sheet's, in [0, 1]. */
  double relative(String id) {
    double b = within != null && indexes.sheet(id).map(sh -> sh.type() == within).orElse(false) ? typeBest : best;
    return b > 0 ? of(id) / b : 0;
  }

  /** The cosine, clipped to [0, 1]. */
  double cosine(String id) {
    return Math.min(1, of(id));
  }

  /** The nearest sheets, nearest first. */
  List<String> first() {
    return first;
  }
}
