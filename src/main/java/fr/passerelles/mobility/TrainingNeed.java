package fr.passerelles.mobility;

import java.util.List;

/**
 * One competence to train for, and the passerelles it is missing for.
 *
 * @param competenceId item id; a branch competence aligned to a ROME item (strength at least
 *     {@link MobilitySettings#equivalence()}) is merged under that item's id
 * @param area its enjeu in ROME's tree (the module it belongs to), null when unplaced
 * @param degree1 passerelles of degree 1 that miss it (over all origins given)
 * @param degree2 likewise for degree 2
 * @param degree3 likewise for degree 3
 * @param toAcquire how many of those miss it in a field new to the origin
 * @param toDeepen how many miss it in a field the origin already works in
 * @param weight passerelles that miss it, each counted with its origin's headcount
 * @param score {@code weight} with each passerelle weighed by what it says ({@link TrainingPlanner}):
 *     degree 1 above 2 and 3, a branch métier's own sheet above a borrowed ROME sheet, a key gap
 *     above the rest, transversal items below
 * @param targets the target ids, in order of first appearance
 */
public record TrainingNeed(
    String competenceId, String text, String kind, CompetenceField field, CompetenceField area, int degree1,
    int degree2, int degree3, int toAcquire, int toDeepen, long weight, double score, List<String> targets) {

  public TrainingNeed {
    targets = List.copyOf(targets);
  }

  public int passerelles() {
    return degree1 + degree2 + degree3;
  }
}
