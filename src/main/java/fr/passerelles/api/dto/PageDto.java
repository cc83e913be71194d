package fr.passerelles.api.dto;

import java.util.List;

/**
 * One page of a list.
 *
 * @param total items matching, all pages together
 * @param offset index of the first item returned
 * @param limit largest page asked for
 */
public record PageDto<T>(int total, int offset, int limit, List<T> items) {}
