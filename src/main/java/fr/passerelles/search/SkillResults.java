package fr.passerelles.search;

import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param total skills found (near-duplicate items folded into one), all pages together: those
 *     with all the query's words, then those with only its most specific one
 * @param exactTotal how many of them have all the query's words (most of them, for a query of
 *     more than three); they come first, and the hits past them have only the most specific word
 * @param terms the query's analyzed terms (synonyms and verbs included); empty when the query has
 *     only stop words
 * @param relaxed true when no skill has all the query's words: every hit has only its most
 *     specific one
 * @param requiredTerms when some skills have only the most specific word, its analyzed terms;
 *     else empty
 * @param hits this page, best first
 * @param facets over the skills with all the query's words (over all the skills when none has): {@code type} (branch / rome: skills a sheet of that
 *     type states), {@code family} (sheet family), {@code kind} (competence kind, or {@code
 *     activite}) → count, largest first
 * @param didYouMean a corrected query that has hits, when this one has none; else null
 * @param branchMetiers the branch métiers that need the skill, those with the most items stating
 *     it first (at most {@link SkillSearch#BRANCH_METIERS}); read from all the branch items, not
 *     from this page's hits
 * @param branchMetierTotal how many branch métiers need it
 */
public record SkillResults(
    int total,
    int exactTotal,
    List<String> terms,
    boolean relaxed,
    List<String> requiredTerms,
    List<SkillHit> hits,
    Map<String, Map<String, Integer>> facets,
    String didYouMean,
    List<BranchMetier> branchMetiers,
    int branchMetierTotal) {
  public SkillResults {
    branchMetiers = List.copyOf(branchMetiers);
    terms = List.copyOf(terms);
    requiredTerms = List.copyOf(requiredTerms);
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  static SkillResults empty(List<String> terms, String didYouMean) {
    return new SkillResults(0, 0, terms, false, List.of(), List.of(), Map.of(), didYouMean, List.of(), 0);
  }
}
