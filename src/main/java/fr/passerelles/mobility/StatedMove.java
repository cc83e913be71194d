package fr.passerelles.mobility;

/**
 * A move the referential states towards a job that is not a métier of the nomenclatures ("Chargé(e)
 * de planning"): kept as printed, with no gap.
 *
 * @param reference the seed that states it
 */
public record StatedMove(String text, String reference) {}
