package fr.passerelles.api.dto;

import java.util.List;

/**
 * One move.
 *
 * @param source {@code referential} (stated by 004, 000, 001 or ROME's mobility links) or {@code computed}
 * @param gapKnown false when one side has no competences to compare
 */
public record MobilityPasserelleDto(
    MobilityTargetDto target, int degree, Integer statedDegree, Integer computedDegree, String source,
    List<String> references, String statedText, double overlap, double coverage,
    List<GapCompetenceDto> missing, List<FieldDto> newFields, ClassificationDto classification,
    AiExposureDto aiExposure, boolean gapKnown, List<EvidencedDto> evidenced) {}
