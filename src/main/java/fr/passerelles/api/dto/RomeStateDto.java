package fr.passerelles.api.dto;

/**
 * The ROME release the engine loaded.
 *
 * @param release France Travail's release, e.g. {@code ROME 4.0 version 60 (25M09), files v460}
 * @param sheets fiches métier in the release
 */
public record RomeStateDto(String release, int sheets) {}
