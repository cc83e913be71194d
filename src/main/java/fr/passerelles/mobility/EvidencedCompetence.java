package fr.passerelles.mobility;

import fr.passerelles.match.TextSpan;

/**
 * A target competence a person's text already evidences.
 *
 * @param competenceId the competence's item id
 * @param sentence the segment of the text (CV line, bullet, sentence) that evidences it, with its
 *     offsets into the text
 * @param strength cosine of the IDF-weighted analyzed terms of the two, in [0, 1]
 */
public record EvidencedCompetence(String competenceId, String text, TextSpan sentence, double strength) {}
