package fr.passerelles.api.dto;

import java.util.List;

/**
 * The competences to train for a population, grouped into modules (highest score first), the flat
 * list of needs (highest score first) and the certifications apart.
 */
public record TrainingNeedsDto(
    List<HeadcountDto> population, List<TrainingModuleDto> modules, List<TrainingNeedDto> needs,
    List<CertificationDto> certifications) {}
