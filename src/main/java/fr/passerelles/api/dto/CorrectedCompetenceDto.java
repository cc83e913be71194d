package fr.passerelles.api.dto;

/** A corrected competence, by id, with its text as the referential words it. */
public record CorrectedCompetenceDto(String id, String text) {}
