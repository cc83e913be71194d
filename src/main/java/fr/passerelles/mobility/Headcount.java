package fr.passerelles.mobility;

/**
 * A population to train: how many people hold a métier.
 *
 * @param metier métier id (branch code, sub-sheet or ROME code)
 * @param people headcount, at least 1
 */
public record Headcount(String metier, int people) {
  public Headcount {
    if (people < 1) {
      throw new IllegalArgumentException("headcount of " + metier + " must be at least 1, got " + people);
    }
  }
}
