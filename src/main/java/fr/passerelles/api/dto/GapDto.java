package fr.passerelles.api.dto;

import java.util.List;

/**
 * What a move from one sheet to another asks.
 *
 * @param keyGaps the few missing competences that matter most, grouped by area
 * @param prerequisites certifications, diplomas and habilitations of the target the origin lacks
 * @param regulation the regulated diploma the target needs and the origin lacks, null when none
 */
public record GapDto(
    MobilityTargetDto from, MobilityTargetDto to, double overlap, double coverage, boolean comparable,
    List<GapCompetenceDto> shared, List<GapCompetenceDto> missing, List<FieldGapDto> fields,
    List<FieldDto> newFields, DegreeDto degree, ClassificationDto classification,
    List<GapCompetenceDto> keyGaps, List<GapCompetenceDto> prerequisites, String regulation) {}
