package fr.passerelles.mobility;

/**
 * One row of the synthesis table the study announced (000, conclusion): for a métier, a
 * passerelle of some degree and one competence it asks to deepen or to acquire.
 *
 * @param source {@code referential} or {@code computed}
 * @param action {@code deepen} or {@code acquire}
 */
public record SynthesisRow(
    String origin, String originTitle, int degree, String source, String references, String target,
    String targetTitle, String competenceId, String competence, String kind, String fieldCode, String fieldLabel,
    String action) {}
