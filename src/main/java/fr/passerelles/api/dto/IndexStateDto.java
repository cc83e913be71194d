package fr.passerelles.api.dto;

/**
 * State of the search index.
 *
 * @param state {@code NOT_LOADED} until the engine routes are wired (no route needs it yet)
 */
public record IndexStateDto(String state) {}
