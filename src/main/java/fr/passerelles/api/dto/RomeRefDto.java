package fr.passerelles.api.dto;

/**
 * A ROME sheet named from elsewhere.
 *
 * @param title null when no ROME release is loaded (or the engine is not open yet)
 */
public record RomeRefDto(String code, String title) {}
