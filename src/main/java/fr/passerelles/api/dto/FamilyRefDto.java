package fr.passerelles.api.dto;

/** A family named inside another object. */
public record FamilyRefDto(String code, String title) {}
