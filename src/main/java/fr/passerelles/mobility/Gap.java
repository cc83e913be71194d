package fr.passerelles.mobility;

import java.util.List;

/**
 * What a move from one métier to another asks: the target's competences the origin shares, those
 * it lacks (to deepen in a field it works in, or to acquire in a new one), the target's fields
 * and the new ones, the degree that follows and the classification rule.
 *
 * @param overlap competence overlap of the two profiles (cosine), in [0, 1]
 * @param coverage share of the target's competence weight the origin already has, in [0, 1]
 * @param comparable false when either métier has no competences to compare (a métier the seeds
 *     only name and no ROME sheet describes); the lists are then empty and {@code degree} null
 * @param degree the computed degree, null when not comparable
 */
public record Gap(
    MetierRef from,
    MetierRef to,
    double overlap,
    double coverage,
    boolean comparable,
    List<GapCompetence> shared,
    List<GapCompetence> missing,
    List<FieldGap> fields,
    List<CompetenceField> newFields,
    Degree degree,
    ClassificationCheck classification) {

  public Gap {
    shared = List.copyOf(shared);
    missing = List.copyOf(missing);
    fields = List.copyOf(fields);
    newFields = List.copyOf(newFields);
  }
}
