package fr.passerelles.api.dto;

/**
 * The body of {@code POST /match} as JSON. With a {@code text/plain} body, the same options are
 * query parameters.
 *
 * @param text a CV, a job description or a list of competences, in French (required)
 * @param limit how many sheets to return, 1 to the maximum page size; null for 10
 * @param type {@code branch} or {@code rome}; null for both
 * @param family a branch family code ({@code 01}) or a ROME grand domaine letter ({@code K}); null for all
 */
public record MatchRequest(String text, Integer limit, String type, String family) {}
