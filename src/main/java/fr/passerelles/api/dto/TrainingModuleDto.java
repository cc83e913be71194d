package fr.passerelles.api.dto;

import java.util.List;

/**
 * Needs to train together (one enjeu of ROME's tree), highest score first.
 *
 * @param certifications ids of the answer's certifications whose targets' needs this module
 *     carries most of
 */
public record TrainingModuleDto(
    FieldDto area, String label, double score, int needCount, List<TrainingNeedDto> needs, List<String> targets,
    List<String> certifications) {}
