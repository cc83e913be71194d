package fr.passerelles.api.dto;

import java.util.List;

/** Body of {@code POST /training-needs}: the métiers of a population with their headcounts. */
public record TrainingNeedsRequest(List<HeadcountDto> population) {}
