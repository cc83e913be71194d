package fr.passerelles.api.dto;

/**
 * An activity or competence of a sheet that states the searched skill.
 *
 * @param id the item's stable id ({@code 0102-A05})
 * @param text its wording
 */
public record CompetenceStatementDto(String id, String text) {}
