package fr.passerelles.mobility;

/**
 * A degree of mobility (000): 1 approfondissement des compétences, 2 acquisition d'un champ de
 * compétences nouveau (technique ou managérial), 3 acquisition de plusieurs champs nouveaux.
 *
 * @param value 1, 2 or 3
 * @param label the study's wording
 * @param newFields how many new fields the move adds
 */
public record Degree(int value, String label, int newFields) {}
