package fr.passerelles.api.dto;

/**
 * One person of {@code POST /passerelles/batch}: the caller's id (echoed back), the text, and
 * {@code branch} (default) or {@code rome} for where the closest métier is sought.
 */
public record BatchItemRequest(String id, String text, String type) {}
