package fr.passerelles.api.dto;

/** A family of the 2024 nomenclature. @param metierCount its métiers in that nomenclature */
public record Family2024Dto(String code, String title, int metierCount) {}
