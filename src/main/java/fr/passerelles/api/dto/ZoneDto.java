package fr.passerelles.api.dto;

/**
 * How one segment of the text was read.
 *
 * @param zone {@code task}, {@code experience}, {@code heading}, {@code employer}, {@code contract},
 *     {@code application}, {@code education}, {@code hobbies} or {@code personal}
 * @param weight how much it counted, in [0, 1] (zone × CV timeline); only {@code task} segments
 *     may evidence an item
 */
public record ZoneDto(int start, int end, String zone, double weight) {}
