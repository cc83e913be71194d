package fr.passerelles.api.dto;

/** A competence the person's text already shows, and the sentence that shows it. */
public record EvidencedDto(String competenceId, String text, int start, int end, String sentence, double strength) {}
