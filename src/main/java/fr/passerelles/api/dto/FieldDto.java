package fr.passerelles.api.dto;

/** A champ de compétences: a level of ROME's competence tree, with its domaine. */
public record FieldDto(String code, String label, String domaine, String domaineLabel) {}
