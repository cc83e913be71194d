package fr.passerelles.api.dto;

/**
 * A slice of a text: {@code text} is {@code source.substring(start, end)}. Offsets count UTF-16
 * code units, as Java and JavaScript strings do, into the text as sent (after JSON decoding).
 */
public record TextSpanDto(int start, int end, String text) {}
