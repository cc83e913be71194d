package fr.passerelles.api.dto;

/**
 * State of the search index. The counts and chain are null until the engine is open.
 *
 * @param state {@code STARTING} (being opened or built), {@code READY}, {@code FAILED} or {@code CLOSED}
 * @param sheets documents of the sheets index (branch métiers and sub-sheets, then ROME sheets)
 * @param activities documents of the activities index
 * @param competences documents of the competences index
 * @param analysis id of the analysis chain the index was built and is queried with
 * @param builtAt when the index generation was built (ISO-8601)
 */
public record IndexStateDto(
    String state, Integer sheets, Integer activities, Integer competences, String analysis, String builtAt) {}
