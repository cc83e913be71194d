package fr.passerelles.mobility;

/**
 * One field of the target in a gap: how much of the target's work it is, how much of the origin's,
 * and whether the move makes it a new field.
 *
 * @param targetShare share of the target's competence weight in this field
 * @param originShare share of the origin's competence weight in this field
 * @param missing how many of the target's competences in this field the origin lacks
 * @param isNew whether it counts as a new field for the degree
 */
public record FieldGap(CompetenceField field, double targetShare, double originShare, int missing, boolean isNew) {}
