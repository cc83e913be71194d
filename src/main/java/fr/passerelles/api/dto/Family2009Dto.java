package fr.passerelles.api.dto;

/**
 * A family of the 2009 cartographie.
 *
 * @param group {@code specific} (métiers spécifiques à l'Assistance) or {@code support}
 * @param metierCount its métiers in the 2009 nomenclature
 */
public record Family2009Dto(String code, String title, String group, int metierCount) {}
