package fr.passerelles.corpus;

/**
 * One competence of a sheet.
 *
 * @param block the sheet's own grouping (004's "métier" / "transversale"), null for 2009 sheets
 */
public record Competence(
    String id, Situation situation, CompetenceKind kind, String block, String text) {}
