package fr.passerelles.mobility;

import java.util.List;
import java.util.stream.Stream;

/**
 * The <em>aire de mobilité</em> of a métier (000): its passerelles grouped by degree.
 *
 * @param origin the métier
 * @param classificationLevel the origin's level, null when unknown (the classification rule is
 *     then not applicable to any of its moves)
 * @param classification the origin's grade for the classification rule and its basis, null when
 *     unknown
 * @param degrees degrees 1, 2 and 3, always all three, possibly empty
 * @param unresolved moves the referential states towards jobs outside the nomenclatures
 */
public record MobilityArea(
    MetierRef origin, Integer classificationLevel, ClassificationLevel classification, List<DegreeGroup> degrees, List<StatedMove> unresolved) {

  public MobilityArea {
    degrees = List.copyOf(degrees);
    unresolved = List.copyOf(unresolved);
  }

  /** Every passerelle, degree 1 first. */
  public Stream<Passerelle> passerelles() {
    return degrees.stream().flatMap(g -> g.passerelles().stream());
  }

  public DegreeGroup degree(int n) {
    return degrees.stream().filter(g -> g.degree() == n).findFirst().orElseThrow();
  }
}
