package fr.passerelles.mobility;

import java.util.List;

/**
 * What to train a population for: the competences its passerelles miss, most needed first (by
 * headcount-weighted passerelles, then by passerelles of degree 1, 2 and 3).
 */
public record TrainingNeeds(List<Headcount> population, List<TrainingNeed> needs) {
  public TrainingNeeds {
    population = List.copyOf(population);
    needs = List.copyOf(needs);
  }
}
