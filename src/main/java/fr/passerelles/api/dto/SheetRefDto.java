package fr.passerelles.api.dto;

/**
 * A sheet named inside another object (a version of a métier, a sub-métier sheet).
 *
 * @param version 1 = cartographie 2009, 2 = current sheet
 * @param current whether it is the métier's default version
 * @param source seed document it was transcribed from
 */
public record SheetRefDto(String id, int version, boolean current, String source, String title) {}
