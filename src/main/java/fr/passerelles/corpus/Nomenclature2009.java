package fr.passerelles.corpus;

import java.util.List;

/** The 2009 cartographie: 9 families and 39 métiers with 4-digit codes. */
public record Nomenclature2009(String source, List<Family> families, List<Metier> metiers) {

  public Nomenclature2009 {
    families = families == null ? List.of() : List.copyOf(families);
    metiers = metiers == null ? List.of() : List.copyOf(metiers);
  }

  /** @param group {@code specific} (métiers spécifiques à l'Assistance) or {@code support} */
  public record Family(String code, String title, String group) {}

  /**
   * @param romeCodes ROME codes from the mobility study's annex (none for families 08 and 09)
   */
  public record Metier(
      String code,
      String title,
      String titleFeminine,
      String titleMasculine,
      String family,
      int headcount,
      double headcountPercent,
      int companies,
      List<String> romeCodes,
      String romeNote) {

    public Metier {
      romeCodes = romeCodes == null ? List.of() : List.copyOf(romeCodes);
    }
  }
}
