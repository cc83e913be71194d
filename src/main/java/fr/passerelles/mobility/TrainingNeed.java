package fr.passerelles.mobility;

import java.util.List;

/**
 * One competence to train for, and the passerelles it is missing for.
 *
 * @param competenceId item id; a branch competence aligned to a ROME item (strength at least
 *     {@link MobilitySettings#equivalence()}) is merged under that item's id
 * @param degree1 passerelles of degree 1 that miss it (over all origins given)
 * @param degree2 likewise for degree 2
 * @param degree3 likewise for degree 3
 * @param toAcquire how many of those miss it in a field new to the origin
 * @param toDeepen how many miss it in a field the origin already works in
 * @param weight passerelles that miss it, each counted with its origin's headcount
 * @param targets the target ids, in order of first appearance
 */
public record TrainingNeed(
    String competenceId, String text, String kind, CompetenceField field, int degree1, int degree2, int degree3,
    int toAcquire, int toDeepen, long weight, List<String> targets) {

  public TrainingNeed {
    targets = List.copyOf(targets);
  }

  public int passerelles() {
    return degree1 + degree2 + degree3;
  }
}
