package fr.passerelles.api.dto;

import java.util.List;

/**
 * A job title of the sheet found in the text ("intitulé reconnu").
 *
 * @param name the title or appellation as the referential writes it
 * @param score in [0, 1]: specificity, share of its line, recency
 * @param segment the line or sentence it stands in
 * @param highlights where the user wrote it
 */
public record RecognizedTitleDto(String name, double score, TextSpanDto segment, List<TextSpanDto> highlights) {}
