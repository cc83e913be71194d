package fr.passerelles.api.dto;

/**
 * The 2024 métier that is the same job as a 2009 one.
 *
 * @param id {@code N0103}
 * @param core whether the 2024 nomenclature counts it as a core métier of the branch
 */
public record Metier2024LinkDto(
    String id, String title, FamilyRefDto family, boolean core, ExposureDto aiExposure) {}
