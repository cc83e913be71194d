package fr.passerelles.api.dto;

import java.util.List;

/** The competences to train for a population of métiers, most useful first. */
public record TrainingNeedsDto(List<HeadcountDto> population, List<TrainingNeedDto> needs) {}
