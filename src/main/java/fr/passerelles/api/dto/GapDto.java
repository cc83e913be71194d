package fr.passerelles.api.dto;

import java.util.List;

/** What a move from one sheet to another asks. */
public record GapDto(
    MobilityTargetDto from, MobilityTargetDto to, double overlap, double coverage, boolean comparable,
    List<GapCompetenceDto> shared, List<GapCompetenceDto> missing, List<FieldGapDto> fields,
    List<FieldDto> newFields, DegreeDto degree, ClassificationDto classification) {}
