package fr.passerelles.mobility;

import java.util.List;

/**
 * What to train a population for: the competences its passerelles miss, highest score first
 * ({@link TrainingNeed#score()}), the same grouped into modules, and the certifications apart.
 */
public record TrainingNeeds(
    List<Headcount> population, List<TrainingNeed> needs, List<TrainingModule> modules,
    List<Certification> certifications) {
  public TrainingNeeds {
    population = List.copyOf(population);
    needs = List.copyOf(needs);
    modules = List.copyOf(modules);
    certifications = List.copyOf(certifications);
  }
}
