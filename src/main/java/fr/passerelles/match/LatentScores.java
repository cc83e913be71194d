package fr.passerelles.match;

import fr.passerelles.index.LatentModel;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
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

  private final Map<String, Double> cosine;
  private final double best;
  private final List<String> first;

  private LatentScores(Map<String, Double> cosine, double best, List<String> first) {
    this.cosine = cosine;
    this.best = best;
    this.first = first;
  }

  /** @param counts each analyzed term's weighted frequency in the text */
  static LatentScores of(SearchIndexes indexes, Map<String, Double> counts, MatchOptions options) {
    Map<String, Double> kept = new HashMap<>();
    counts.forEach((term, c) -> {
      if (c >= MIN_WEIGHT) {
        kept.put(term, c);
      }
    });
    double[] sims = indexes.latent().similarities(kept);
    Map<String, Double> cosine = new HashMap<>();
    double best = 0;
    for (int doc = 0; doc < sims.length; doc++) {
      SheetRecord sheet = indexes.sheet(doc);
      if (sims[doc] > 0 && SearchFilters.accepts(sheet, options)) {
        cosine.put(sheet.id(), sims[doc]);
        best = Math.max(best, sims[doc]);
      }
    }
    return new LatentScores(cosine, best, Matcher.firstOf(cosine, CANDIDATES));
  }

  /** The cosine over the best sheet's, in [0, 1]. */
  double relative(String id) {
    return best > 0 ? cosine.getOrDefault(id, 0.0) / best : 0;
  }

  /** The cosine, clipped to [0, 1]. */
  double cosine(String id) {
    return Math.min(1, cosine.getOrDefault(id, 0.0));
  }

  /** The nearest sheets, nearest first. */
  List<String> first() {
    return first;
  }
}
