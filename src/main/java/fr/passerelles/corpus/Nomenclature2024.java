package fr.passerelles.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The 2024 nomenclature (58 métiers, 13 families) with generative-AI exposure scores. */
public record Nomenclature2024(String source, List<Family> families, List<Metier> metiers) {

  public Nomenclature2024 {
    families = families == null ? List.of() : List.copyOf(families);
    metiers = metiers == null ? List.of() : List.copyOf(metiers);
  }

  public record Family(String code, String title) {}

  /**
   * @param code2009 the 2009 métier that is the same job, or null
   * @param code2009Note why the link is a judgement call, when it is
   */
  public record Metier(
      String id,
      String title,
      String family,
      boolean core,
      String code2009,
      @JsonInclude(JsonInclude.Include.NON_NULL) String code2009Note,
      Exposure exposure) {}

  /** Exposure to generative AI as scored by PwC (reviewed) and by the branch's experts. */
  public record Exposure(
      double pwcScore,
      int pwcPosition,
      String pwcClassification,
      double expertScore,
      int expertPosition,
      String expertClassification,
      Integer positionChange) {}
}
