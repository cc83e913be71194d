package fr.passerelles.mobility;

import java.util.List;

/**
 * What a move from one métier to another asks: the target's competences the origin shares, those
 * it lacks (to deepen where it has a partial match, to acquire otherwise), the few that matter
 * most, the prerequisites (diplomas, certifications), the target's fields and the new ones, the
 * degree that follows and the classification rule.
 *
 * @param overlap competence overlap of the two profiles (cosine), in [0, 1]
 * @param coverage share of the target's competence weight the origin already has, in [0, 1]
 * @param comparable false when either métier has no competences to compare (a métier the seeds
 *     only name and no ROME sheet describes); the lists are then empty and {@code degree} null
 * @param missing every competence the origin lacks, near-duplicates merged, prerequisites apart
 * @param keyGaps the few missing ones that matter most in the target ({@link KeyGaps}), grouped by
 *     area, most important area first
 * @param prerequisites the target's certifications, diplomas and habilitations the origin lacks
 * @param degree the computed degree, null when not comparable
 * @param regulation the regulated diploma the target needs and the origin does not hold, else null
 */
public record Gap(
    MetierRef from,
    MetierRef to,
    double overlap,
    double coverage,
    boolean comparable,
    List<GapCompetence> shared,
    List<GapCompetence> missing,
    List<GapCompetence> keyGaps,
    List<GapCompetence> prerequisites,
    List<FieldGap> fields,
    List<CompetenceField> newFields,
    Degree degree,
    ClassificationCheck classification,
    Regulation regulation) {

  public Gap {
    shared = List.copyOf(shared);
    missing = List.copyOf(missing);
    keyGaps = List.copyOf(keyGaps);
    prerequisites = List.copyOf(prerequisites);
    fields = List.copyOf(fields);
    newFields = List.copyOf(newFields);
  }
}
