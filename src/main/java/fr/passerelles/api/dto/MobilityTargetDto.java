package fr.passerelles.api.dto;

/** A métier or ROME sheet named in a result. */
public record MobilityTargetDto(String id, String type, String title, String metier2024) {}
