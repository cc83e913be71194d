package fr.passerelles.api.dto;

import java.util.List;

/**
 * One page of a competence search.
 *
 * @param total items matching, all pages together
 * @param offset index of the first item returned
 * @param limit largest page asked for
 * @param relaxed false when every item has all the searched words (most of them, beyond three
 *     words); true when no item had, and these have only some
 * @param items best first
 */
public record CompetenceSearchDto(int total, int offset, int limit, boolean relaxed, List<CompetenceHitDto> items) {}
