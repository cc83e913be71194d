package fr.passerelles.api.dto;

/**
 * The body of a route that analyses one text: {@code {"text": "…"}}.
 *
 * @param text a CV, a job description or a list of competences, in French
 */
public record TextRequest(String text) {}
