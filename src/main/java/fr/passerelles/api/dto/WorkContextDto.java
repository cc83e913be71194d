package fr.passerelles.api.dto;

/**
 * A work context of a ROME sheet ({@code Travail le samedi}).
 *
 * @param id {@code ogr-<code_ogr>}
 * @param type the kind of context ({@code Horaires et durée du travail})
 */
public record WorkContextDto(String id, String label, String type) {}
