package fr.passerelles.api.dto;

/** Liveness: the process answers. @param status always {@code UP} */
public record HealthDto(String status) {}
