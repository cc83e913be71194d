package fr.passerelles.mobility;

import fr.passerelles.rome.RomeCompetence;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Tells a prerequisite — a certification, diploma, title or habilitation ("BTS assurance",
 * "Master mention sciences de l'éducation", "Permis B", "CACES") — from a competence one learns on
 * the way: ROME's savoirs of the category <em>Certifications et habilitations</em>, and any item
 * whose text names a diploma. A prerequisite is listed apart, never as a competence to deepen.
 */
final class Prerequisites {
  static final String ROME_CATEGORY = "Certifications et habilitations";
  private static final Pattern DIPLOMA = Pattern.compile(
      "^(bts|dut|but|cap|bep|bac|baccalaureat|licence|master|mastere|doctorat|diplome|titre professionnel|"
          + "certificat|cqp|habilitation|permis|caces|attestation|brevet|dea|dess|deust|darm|agrement|carte professionnelle)\\b"
          + "|\\b(diplome d'etat|diplome de|certificat d'aptitude|titre professionnel|habilitation electrique)\\b");

  private final IntFunction<Optional<RomeCompetence>> rome;

  Prerequisites(IntFunction<Optional<RomeCompetence>> rome) {
    this.rome = rome;
  }

  boolean test(String id, String text) {
    Optional<Integer> ogr = CompetenceAligner.ogr(id);
    if (ogr.isPresent() && rome.apply(ogr.get()).map(c -> ROME_CATEGORY.equals(c.category())).orElse(false)) {
      return true;
    }
    return DIPLOMA.matcher(DiplomaLevels.fold(text).strip()).find();
  }
}
