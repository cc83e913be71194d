package fr.passerelles.api.dto;

/**
 * The end of a batch: how many items, how many failed, and the training needs of the people
 * answered (each one's passerelles once, the evidence of their text applied).
 */
public record BatchSummaryDto(int count, int failed, TrainingNeedsDto trainingNeeds) {}
