package fr.passerelles.api.dto;

import java.util.List;

/** Answer of {@code POST /passerelles/batch} with a JSON array: the items in order, then the summary. */
public record BatchDto(int count, int failed, List<BatchItemDto> items, TrainingNeedsDto trainingNeeds) {}
