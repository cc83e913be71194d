package fr.passerelles.api.dto;

import java.util.List;

/**
 * One person of {@code POST /passerelles/batch}: the caller's id (echoed back), the text, and the
 * person's own options, as {@link PersonalRequest}'s fields: {@code type} ({@code branch} by
 * default, or {@code rome}), {@code scope}, {@code wish}, {@code exclude}, {@code include} and
 * {@code origin}.
 */
public record BatchItemRequest(
    String id, String text, String type, String scope, String wish, List<String> exclude, List<String> include,
    String origin) {}
