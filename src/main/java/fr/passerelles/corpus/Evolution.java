package fr.passerelles.corpus;

/**
 * A stated evolution towards another métier ("L'évolution vers d'autres métiers").
 *
 * @param target the 2009 métier code when the target is in the nomenclature, else null
 */
public record Evolution(String text, String target) {}
