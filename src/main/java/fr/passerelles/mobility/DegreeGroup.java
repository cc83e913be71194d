package fr.passerelles.mobility;

import java.util.List;

/** The passerelles of one degree, referential ones first, then by decreasing overlap. */
public record DegreeGroup(int degree, String label, List<Passerelle> passerelles) {
  public DegreeGroup {
    passerelles = List.copyOf(passerelles);
  }
}
