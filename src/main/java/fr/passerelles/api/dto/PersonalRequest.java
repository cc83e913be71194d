package fr.passerelles.api.dto;

/** Body of {@code POST /passerelles}. */
public record PersonalRequest(String text, String type) {}
