package fr.passerelles.api.dto;

import java.util.List;

/**
 * One person's answer in a batch: the closest métier and the key gaps of their passerelles (their
 * own training needs, highest score first); or, when their text cannot be read, {@code error} in the
 * one error shape and nothing else. {@code matchConfident} false: the text supports no métier well
 * enough (or is about another trade), so the gaps are those of a lead, not of the person's métier.
 */
public record BatchItemDto(
    String id, MobilityTargetDto closest, Double matchScore, Boolean matchConfident, List<TrainingNeedDto> keyGaps,
    ErrorDto error) {}
