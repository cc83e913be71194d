package fr.passerelles.api.dto;

import java.util.List;

/**
 * The sheets closest to a text, best first.
 *
 * @param segments lines and sentences the text was cut into
 * @param phrases action phrases (verb + object) found in it
 */
public record MatchResultDto(List<SheetMatchDto> matches, int segments, int phrases) {}
