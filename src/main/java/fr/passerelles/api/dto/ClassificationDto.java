package fr.passerelles.api.dto;

/** @param status {@code satisfied}, {@code violated} or {@code not-applicable} (a level unknown) */
public record ClassificationDto(String status, Integer fromLevel, Integer toLevel) {}
