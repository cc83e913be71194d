package fr.passerelles.mobility;

import fr.passerelles.corpus.Nomenclature2024;

/**
 * Exposure of a métier to generative AI (002), to prefer less exposed moves.
 *
 * @param metier2024 the 2024 métier scored
 * @param pwcScore PwC's reviewed score, in [0, 1]
 * @param expertScore the branch experts' score, in [0, 1]
 */
public record AiExposure(
    String metier2024, double pwcScore, String pwcClassification, double expertScore, String expertClassification) {

  static AiExposure of(Nomenclature2024.Metier m) {
    Nomenclature2024.Exposure e = m.exposure();
    return e == null ? null : new AiExposure(m.id(), e.pwcScore(), e.pwcClassification(), e.expertScore(),
        e.expertClassification());
  }
}
