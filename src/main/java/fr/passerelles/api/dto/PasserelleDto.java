package fr.passerelles.api.dto;

/**
 * A move stated by a current sheet.
 *
 * @param degree 1, 2 or 3: the degree of mobility
 * @param degreeLabel what the degree means, from the mobility method
 * @param area the mobility area of the target, as printed
 * @param targetCode the 2009 métier, or null
 * @param target2024Id the 2024 métier, or null
 */
public record PasserelleDto(
    int degree, String degreeLabel, String text, String area, String targetCode, String target2024Id) {}
