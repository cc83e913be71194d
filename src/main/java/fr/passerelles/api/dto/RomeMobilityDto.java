package fr.passerelles.api.dto;

/**
 * A ranked mobility link of a ROME sheet to another one.
 *
 * @param rank 1 first, as France Travail orders them
 * @param targetTitle null if the target is not in the release
 */
public record RomeMobilityDto(int rank, String targetCode, String targetTitle) {}
