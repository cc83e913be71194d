package fr.passerelles.api.dto;

import java.util.List;

/**
 * A competence to train for: how many passerelles of each degree it unlocks, whether they ask to
 * acquire or deepen it, its weight for the population (people × passerelles) and the targets.
 */
public record TrainingNeedDto(
    String competenceId, String text, String kind, FieldDto field, int degree1, int degree2, int degree3,
    int toAcquire, int toDeepen, long weight, List<String> targets) {}
