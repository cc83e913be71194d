package fr.passerelles.api.dto;

import java.util.List;

/**
 * The sheets closest to a text, best first.
 *
 * @param segments lines and sentences the text was cut into
 * @param phrases action phrases (verb + object) found in it
 * @param confident false when no sheet reaches the confidence threshold: the text supports no
 *     métier well enough ("aucune correspondance sûre"); the matches are then only leads
 * @param zones how each segment was read, so a user sees what was set aside
 * @param branchAffinity how near the text is to the branch's métiers against every sheet, in [0, 1]:
 *     a branch answer to a text far from them (another trade) is never confident
 * @param outsideBranch whether the text is that far from the branch's métiers (under the branch
 *     model's floor)
 */
public record MatchResultDto(List<SheetMatchDto> matches, int segments, int phrases, boolean confident,
    List<ZoneDto> zones, double branchAffinity, boolean outsideBranch) {}
