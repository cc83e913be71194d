package fr.passerelles.api.dto;

/**
 * What the loaded corpus holds.
 *
 * @param checksum SHA-256 over the corpus files: identifies the exact referential served
 */
public record CorpusStateDto(
    String checksum,
    int families2009,
    int metiers2009,
    int families2024,
    int metiers2024,
    int sheets) {}
