package fr.passerelles.match;

/** A slice of the user's text: {@code text} equals {@code input.substring(start, end)}. */
public record TextSpan(int start, int end, String text) {}
