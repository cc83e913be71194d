package fr.passerelles.api.dto;

/**
 * A competence of a sheet.
 *
 * @param id {@code 0101-C01}
 * @param kind {@code savoir}, {@code savoir-faire}, {@code langue} or {@code savoir-etre}
 * @param situation {@code majority} or {@code specific}
 * @param block the sheet's own grouping ({@code métier}, {@code transversale}), else null
 */
public record CompetenceDto(String id, String kind, String situation, String block, String text) {}
