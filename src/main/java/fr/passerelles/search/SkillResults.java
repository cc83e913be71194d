package fr.passerelles.search;

import java.util.List;

/**
 * One page of a search.
 *
 * @param total items matching, all pages together
 * @param terms the query's analyzed terms (synonyms included); empty when the query has only stop words
 * @param relaxed false when the hits have all the query's words (most of them, for a query of
 *     more than three); true when no item had and the hits have only some
 * @param hits this page, best first
 */
public record SkillResults(int total, List<String> terms, boolean relaxed, List<SkillHit> hits) {
  public SkillResults {
    terms = List.copyOf(terms);
    hits = List.copyOf(hits);
  }
}
