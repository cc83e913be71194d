package fr.passerelles.api.dto;

import java.util.List;

/**
 * The métier a person wants to reach.
 *
 * @param move the direct move from their métier (key gaps, or all with {@code full}), null when the
 *     target has no competences to compare or is their own métier
 * @param amongPasserelles whether it is one of their passerelles in the scope asked
 * @param path the shortest chain of passerelles to it by the sum of degrees (at most 3 steps), empty
 *     when none is found in scope
 * @param pathDegree the sum of the path's degrees, null without a path
 */
public record WishDto(
    MobilityTargetDto target, boolean amongPasserelles, MobilityPasserelleDto move, List<WishStepDto> path,
    Integer pathDegree) {}
