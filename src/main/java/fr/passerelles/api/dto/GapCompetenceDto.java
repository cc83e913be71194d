package fr.passerelles.api.dto;

/**
 * A competence of a move: shared, to deepen (its field is already there) or to acquire.
 *
 * @param coveredBy the origin competence that covers it, for shared ones
 */
public record GapCompetenceDto(
    String id, String text, String kind, double weight, FieldDto field, String action, String coveredBy) {}
