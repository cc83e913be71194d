package fr.passerelles.mobility;

import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.util.Collection;
import java.util.Set;

/**
 * Cosine of IDF-weighted term sets, the similarity the analysis chain gives two competence texts.
 * IDF comes from the competence index, so "client" weighs less than "réclamation". Thread-safe.
 */
final class TermVectors {
  private final SearchIndexes indexes;
  private final Set<String> ignored;

  /**
   * @param ignored analyzed lead words that only state a competence's kind ("savoir",
   *     "connaissance"), left out of the comparison
   */
  TermVectors(SearchIndexes indexes, Set<String> ignored) {
    this.indexes = indexes;
    this.ignored = Set.copyOf(ignored);
  }

  boolean ignored(String term) {
    return ignored.contains(term);
  }

  float weight(String term) {
    return ignored.contains(term) ? 0f : indexes.idf(ItemType.COMPETENCE, term);
  }

  /** Squared norm of a term set. */
  double norm2(Collection<String> terms) {
    double n = 0;
    for (String t : terms) {
      double w = weight(t);
      n += w * w;
    }
    return n;
  }

  /** Cosine of the two term sets, in [0, 1]. */
  double cosine(Collection<String> a, Collection<String> b) {
    Collection<String> small = a.size() <= b.size() ? a : b;
    Collection<String> large = small == a ? b : a;
    Set<String> lookup = large instanceof Set<String> s ? s : new java.util.HashSet<>(large);
    double shared = 0;
    for (String t : small) {
      if (lookup.contains(t)) {
        double w = weight(t);
        shared += w * w;
      }
    }
    if (shared == 0) {
      return 0;
    }
    return shared / Math.sqrt(norm2(a) * norm2(b));
  }
}
