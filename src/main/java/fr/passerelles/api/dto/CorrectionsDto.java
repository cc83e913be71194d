package fr.passerelles.api.dto;

import java.util.List;

/**
 * What the person corrected.
 *
 * @param textClosest the closest métier by the text alone when the corrections chose another one,
 *     else null
 */
public record CorrectionsDto(
    List<CorrectedCompetenceDto> excluded, List<CorrectedCompetenceDto> included, MobilityTargetDto textClosest,
    Double textScore) {}
