package fr.passerelles.api.dto;

import java.util.List;

/** The passerelles of a métier, by degree; {@code unresolved}: stated moves with no target. */
public record MobilityAreaDto(
    MobilityTargetDto origin, Integer classificationLevel, List<DegreeGroupDto> degrees, List<StatedMoveDto> unresolved) {}
