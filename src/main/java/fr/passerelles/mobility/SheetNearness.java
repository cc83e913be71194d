package fr.passerelles.mobility;

import fr.passerelles.index.LatentModel;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Whether the origin's own sheet says a target's ROME item, in other words (docs/mobility.md § 4,
 * "Key gaps"): the item's latent cosine ({@link LatentModel}) to the origin's sheet is at least
 * {@link #HELD} of its cosine to the target's sheet. An item only the target's sheet is about
 * ("Etablir un plan de tournée de prospection" for an assistant commercial) is far from the origin's;
 * one that names work both jobs do ("Gérer les appels téléphoniques entrants et sortants" for an
 * agent administratif, "Organiser et contrôler un approvisionnement" for an assistant commercial)
 * is about as near to both. Only ROME items: a branch sheet's item is near every sheet of the
 * branch, which all describe the plateau's work (on the dev split, 17 of 21 needed branch items
 * would pass the bar).
 */
final class SheetNearness {
  /** Origin cosine over target cosine from which the item is the origin's work too; chosen on dev. */
  static final double HELD = 0.4;

  private final LatentModel latent;
  private final ToIntFunction<String> sheetDoc;

  /** @param sheetDoc the latent model's doc of a sheet id, negative when it has none */
  SheetNearness(LatentModel latent, ToIntFunction<String> sheetDoc) {
    this.latent = latent;
    this.sheetDoc = sheetDoc;
  }

  /**
   * The item's latent cosine to the origin's sheet over its cosine to the target's, NaN when either
   * sheet is not in the model or the item is not nearer to the target than orthogonal.
   */
  double ratio(String origin, String target, ProfileCompetence item) {
    int o = sheetDoc.applyAsInt(origin);
    int t = sheetDoc.applyAsInt(target);
    if (o < 0 || t < 0) {
      return Double.NaN;
    }
    Map<String, Double> counts = new HashMap<>();
    item.terms().forEach(term -> counts.merge(term, 1.0, Double::sum));
    double[] cos = latent.similaritiesTo(counts, o, t);
    return cos[1] <= 0 ? Double.NaN : cos[0] / cos[1];
  }

  /** Whether {@code item}, a ROME item of the target, is work the origin's sheet states too. */
  boolean held(String origin, String target, ProfileCompetence item) {
    return item.id().startsWith("ogr-") && ratio(origin, target, item) >= HELD;
  }
}
