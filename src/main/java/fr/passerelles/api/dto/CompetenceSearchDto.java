package fr.passerelles.api.dto;

import java.util.List;
import java.util.Map;

/**
 * One page of a competence search.
 *
 * @param total skills matching (near-duplicate items folded into one), all pages together
 * @param offset index of the first item returned
 * @param limit largest page asked for
 * @param relaxed false when every item has all the searched words (most of them, beyond three
 *     words); true when no item had, and these have the query's most specific word
 * @param items best first
 * @param relaxedNote when relaxed, what was kept, in French; else null
 * @param facets {@code type} (branch / rome), {@code family}, {@code kind} (competence kind or
 *     {@code activite}) → number of matching skills, largest first
 * @param didYouMean a corrected query that finds skills, when this one finds none; else null
 */
public record CompetenceSearchDto(
    int total,
    int offset,
    int limit,
    boolean relaxed,
    List<CompetenceHitDto> items,
    String relaxedNote,
    Map<String, Map<String, Integer>> facets,
    String didYouMean) {}
