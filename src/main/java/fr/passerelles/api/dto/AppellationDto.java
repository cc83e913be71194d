package fr.passerelles.api.dto;

/**
 * A job title of a ROME sheet.
 *
 * @param id {@code ogr-<code_ogr>}
 * @param label full gendered title ({@code Développeur / Développeuse web})
 * @param shortLabel the title shortened for display
 * @param principal the sheet's main title (one per sheet)
 * @param rarelyUsed flagged "peu usité" by France Travail
 */
public record AppellationDto(String id, String label, String shortLabel, boolean principal, boolean rarelyUsed) {}
