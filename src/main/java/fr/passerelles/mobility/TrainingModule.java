package fr.passerelles.mobility;

import java.util.List;

/**
 * Needs a planner can train together: the competences of one enjeu of ROME's tree (management,
 * soin, relation client, conseil et transmission…), the certifications that lead to the targets
 * they open.
 *
 * @param area the enjeu, null for competences the aligner could not place
 * @param score the sum of its needs' scores
 * @param needs its competences, highest score first
 * @param targets the métiers its needs are missing for, most needed first
 * @param certifications ids of the {@link TrainingNeeds#certifications()} whose targets' needs this
 *     module carries most of (each certification belongs to one module)
 */
public record TrainingModule(
    CompetenceField area, String label, double score, List<TrainingNeed> needs, List<String> targets,
    List<String> certifications) {
  /** Label of the module of unplaced competences. */
  public static final String UNPLACED = "Autres compétences";

  public TrainingModule {
    needs = List.copyOf(needs);
    targets = List.copyOf(targets);
    certifications = List.copyOf(certifications);
  }
}
