package fr.passerelles.api.dto;

public record StatedMoveDto(String text, String reference) {}
