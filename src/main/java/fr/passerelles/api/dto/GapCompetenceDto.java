package fr.passerelles.api.dto;

/**
 * A competence of a move: shared, to deepen (the origin has a partial match: {@code relatedTo}),
 * to acquire, or a prerequisite (a certification, diploma or habilitation).
 *
 * @param coveredBy the origin competence that covers it, for shared ones
 * @param area its enjeu in ROME's tree (finer than {@code field}), null when unplaced
 * @param relatedTo for {@code deepen}, the origin competence that partly matches it
 * @param key whether it is one of the move's key gaps
 */
public record GapCompetenceDto(
    String id, String text, String kind, double weight, FieldDto field, String action, String coveredBy,
    FieldDto area, String relatedTo, boolean key) {}
