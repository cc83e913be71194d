package fr.passerelles.api.dto;

/**
 * An evolution stated by a sheet.
 *
 * @param targetCode the 2009 métier when the target is one, else null (kept as text)
 */
public record EvolutionDto(String text, String targetCode) {}
