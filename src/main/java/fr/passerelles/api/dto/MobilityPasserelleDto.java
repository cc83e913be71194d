package fr.passerelles.api.dto;

import java.util.List;

/**
 * One move.
 *
 * @param source {@code referential} (stated by 004, 000, 001 or ROME's mobility links) or {@code computed}
 * @param missing its key gaps (default), or every missing competence with {@code ?full=true}
 * @param missingCount how many competences are missing in all ({@code acquireCount} + {@code deepenCount})
 * @param prerequisites certifications, diplomas and habilitations of the target the origin lacks
 *     (the three heaviest by default, all with {@code ?full=true})
 * @param prerequisiteCount how many there are in all
 * @param regulation the regulated diploma the target needs and the origin lacks (the move is opened
 *     by that diploma, not by competences), null when none
 * @param degreeContradicted the stated degree says less than the measured gap
 * @param gapKnown false when one side has no competences to compare
 */
public record MobilityPasserelleDto(
    MobilityTargetDto target, int degree, Integer statedDegree, Integer computedDegree, String source,
    List<String> references, String statedText, double overlap, double coverage,
    List<GapCompetenceDto> missing, List<FieldDto> newFields, ClassificationDto classification,
    AiExposureDto aiExposure, boolean gapKnown, List<EvidencedDto> evidenced,
    int missingCount, int acquireCount, int deepenCount, List<GapCompetenceDto> prerequisites, int prerequisiteCount, String regulation,
    boolean degreeContradicted) {}
