package fr.passerelles.api.dto;

import java.util.List;
import java.util.Map;

/**
 * One page of a competence search.
 *
 * @param total skills found (near-duplicate items folded into one), all pages together
 * @param exactTotal how many of them have all the searched words (most of them, beyond three
 *     words); they come first, the others have only the query's most specific word
 * @param offset index of the first item returned
 * @param limit largest page asked for
 * @param relaxed true when no skill has all the searched words: every item has only the query's
 *     most specific word
 * @param items best first
 * @param relaxedNote when some items have only the most specific word, what was kept, in French;
 *     else null
 * @param facets {@code type} (branch / rome), {@code family}, {@code kind} (competence kind or
 *     {@code activite}) → number of matching skills, largest first
 * @param didYouMean a corrected query that finds skills, when this one finds none; else null
 * @param branchMetiers the branch métiers that need the skill, those whose sheets state it in the
 *     most items first (ten at most), read from every branch item, not from this page
 * @param branchMetierTotal how many branch métiers need it
 */
public record CompetenceSearchDto(
    int total,
    int exactTotal,
    int offset,
    int limit,
    boolean relaxed,
    List<CompetenceHitDto> items,
    String relaxedNote,
    Map<String, Map<String, Integer>> facets,
    String didYouMean,
    List<CompetenceBranchMetierDto> branchMetiers,
    int branchMetierTotal) {}
