package fr.passerelles.api.dto;

import java.util.List;

/**
 * The passerelles of a métier, by degree; {@code unresolved}: stated moves with no target.
 *
 * @param classificationGrade the origin's grade for the classification rule, null when unknown
 * @param classificationBasis where it comes from ({@code 0102-v2 formation}, {@code ROME C1109 accès})
 * @param full whether each passerelle lists every missing competence ({@code ?full=true}) or only
 *     its key gaps
 */
public record MobilityAreaDto(
    MobilityTargetDto origin, Integer classificationLevel, List<DegreeGroupDto> degrees, List<StatedMoveDto> unresolved,
    Double classificationGrade, String classificationBasis, boolean full) {}
