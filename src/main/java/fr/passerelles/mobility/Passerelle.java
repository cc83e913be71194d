package fr.passerelles.mobility;

import java.util.List;

/**
 * One possible move from a métier, with what it asks.
 *
 * @param degree the degree it is filed under: the referential's when it states one, else the
 *     computed one
 * @param statedDegree the referential's degree, null when it states none
 * @param computedDegree the degree computed from the gap, null when the target has no competences
 *     to compare (a 2024 métier with no sheet)
 * @param source {@link #REFERENTIAL} (stated by the seeds or by ROME) or {@link #COMPUTED} (found
 *     by competence overlap)
 * @param references seeds that state it ({@code 004}, {@code 000}, {@code 001}) or {@code rome}
 * @param statedText the target as the referential prints it, null for computed moves
 * @param overlap competence overlap with the origin, in [0, 1]
 * @param coverage share of the target's competence weight the origin already has
 * @param missing the target's competences the origin lacks, to deepen or to acquire (near-duplicates
 *     merged, prerequisites apart)
 * @param keyGaps the few of {@code missing} that matter most, grouped by area ({@link KeyGaps})
 * @param prerequisites the target's certifications, diplomas and habilitations the origin lacks
 * @param regulation the regulated diploma the target needs and the origin lacks, null when none:
 *     such a move is opened by the diploma, not by competences
 * @param degreeContradicted the stated degree says less than the measured gap: a computed degree
 *     above it, or degree 1 (deepening) with less than {@link #DEEPENING_COVERAGE} of the target
 *     already held
 * @param newFields the fields the move adds
 * @param aiExposure the target's exposure to generative AI, null when not scored
 * @param gapKnown false when the target has no competences to compare
 * @param evidenced for a person's passerelles, the target's competences their text already
 *     evidences (left out of {@code missing}); empty otherwise
 */
public record Passerelle(
    MetierRef target,
    int degree,
    Integer statedDegree,
    Integer computedDegree,
    String source,
    List<String> references,
    String statedText,
    double overlap,
    double coverage,
    List<GapCompetence> missing,
    List<GapCompetence> keyGaps,
    List<GapCompetence> prerequisites,
    List<CompetenceField> newFields,
    ClassificationCheck classification,
    AiExposure aiExposure,
    boolean gapKnown,
    List<EvidencedCompetence> evidenced,
    Regulation regulation,
    boolean degreeContradicted) {

  public static final String REFERENTIAL = "referential";
  public static final String COMPUTED = "computed";
  /** Share of the target held below which a stated degree 1 (deepening) is contradicted. */
  public static final double DEEPENING_COVERAGE = 0.25;

  public Passerelle {
    references = List.copyOf(references);
    missing = List.copyOf(missing);
    keyGaps = List.copyOf(keyGaps);
    prerequisites = List.copyOf(prerequisites);
    newFields = List.copyOf(newFields);
    evidenced = List.copyOf(evidenced);
  }

  /** Whether the stated degree contradicts the measured gap (see {@code degreeContradicted}). */
  static boolean contradicts(Integer stated, Integer computed, double coverage) {
    return stated != null && computed != null && (stated < computed || (stated == 1 && coverage < DEEPENING_COVERAGE));
  }

  /** The same passerelle with the competences a text evidences moved out of {@code missing}. */
  public Passerelle withEvidence(List<EvidencedCompetence> found) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    found.forEach(e -> ids.add(e.competenceId()));
    return new Passerelle(target, degree, statedDegree, computedDegree, source, references, statedText, overlap,
        coverage, missing.stream().filter(c -> !ids.contains(c.id())).toList(),
        keyGaps.stream().filter(c -> !ids.contains(c.id())).toList(), prerequisites, newFields, classification,
        aiExposure, gapKnown, found, regulation, degreeContradicted);
  }
}
