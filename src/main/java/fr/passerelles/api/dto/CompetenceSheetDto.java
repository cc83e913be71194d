package fr.passerelles.api.dto;

/**
 * A sheet that requires a competence (or lists an activity).
 *
 * @param id branch métier code, specialist sheet id or ROME code
 * @param type {@code branch} or {@code rome}
 * @param metier the 2009 métier code of a branch sheet, the ROME code of a ROME sheet
 * @param family branch family code or ROME grand domaine letter
 * @param weight what the item weighs in this sheet, in [0, 1]: 1 for a core or majority item
 */
public record CompetenceSheetDto(String id, String type, String metier, String title, String family, double weight) {}
