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
 * @param missing the target's competences the origin lacks, to deepen or to acquire
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
    List<CompetenceField> newFields,
    ClassificationCheck classification,
    AiExposure aiExposure,
    boolean gapKnown,
    List<EvidencedCompetence> evidenced) {

  public static final String REFERENTIAL = "referential";
  public static final String COMPUTED = "computed";

  public Passerelle {
    references = List.copyOf(references);
    missing = List.copyOf(missing);
    newFields = List.copyOf(newFields);
    evidenced = List.copyOf(evidenced);
  }

  /** The same passerelle with the competences a text evidences moved out of {@code missing}. */
  public Passerelle withEvidence(List<EvidencedCompetence> found) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    found.forEach(e -> ids.add(e.competenceId()));
    return new Passerelle(target, degree, statedDegree, computedDegree, source, references, statedText, overlap,
        coverage, missing.stream().filter(c -> !ids.contains(c.id())).toList(), newFields, classification,
        aiExposure, gapKnown, found);
  }
}
