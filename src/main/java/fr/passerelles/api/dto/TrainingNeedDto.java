package fr.passerelles.api.dto;

import java.util.List;

/**
 * A competence to train for: how many passerelles of each degree it unlocks, whether they ask to
 * acquire or deepen it, its weight for the population (people × passerelles), its score (the same
 * weighed by degree, source and key gaps: docs/mobility.md § 7) and the targets.
 *
 * @param area its enjeu of ROME's tree, i.e. its module; null when unplaced
 */
public record TrainingNeedDto(
    String competenceId, String text, String kind, FieldDto field, FieldDto area, int degree1, int degree2,
    int degree3, int toAcquire, int toDeepen, long weight, double score, List<String> targets) {}
