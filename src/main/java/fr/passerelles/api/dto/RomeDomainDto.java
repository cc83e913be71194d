package fr.passerelles.api.dto;

/**
 * A ROME sheet's place in the classification.
 *
 * @param grandDomaineCode one letter, the first of the ROME code ({@code K})
 * @param domaineCode the letter and two digits ({@code K14})
 */
public record RomeDomainDto(String grandDomaineCode, String grandDomaineLabel, String domaineCode, String domaineLabel) {}
