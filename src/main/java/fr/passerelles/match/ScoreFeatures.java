package fr.passerelles.match;

/**
 * What the matcher knows of one candidate sheet, before fusion.
 *
 * @param textRel whole-text BM25 score relative to the best sheet for this text, in [0, 1]
 * @param textAbs whole-text BM25 score over its ceiling for this text (every term at its best), in [0, 1]
 * @param evidence noisy-or of the sheet's evidence, in [0, 1)
 * @param title recognised title score, in [0, 1]
 * @param wholeRel BM25 over the one field holding the whole sheet, relative to the best sheet, in [0, 1]
 * @param titleNear how close a short line of the text is to one of the sheet's names (weighted
 *     Dice over terms, any order), by that line's weight, in [0, 1]
 * @param bodyRel the whole-text query over the sheet's body fields only (description, activities,
 *     competences: not its names), relative to the best sheet, in [0, 1]
 * @param titleNeighbours the mean nearness of the sheet's three names nearest a short line (a name
 *     it lacks counts 0), in [0, 1]: several of a sheet's names near the line say more than one
 * @param latentRel cosine between the text and the sheet in the sheets' latent semantic space
 *     ({@link fr.passerelles.index.LatentModel}: words the sheets use together count as near), relative
 *     to the best sheet, in [0, 1]
 * @param latentCos the same cosine, not relative (comparable across texts), clipped to [0, 1]
 * @param named whether the text names a job (a title recognised, or a line near a sheet's name):
 *     the same for every candidate of a text, it chooses the model ({@link ScoreModels#of})
 */
public record ScoreFeatures(double textRel, double textAbs, double evidence, double title, double wholeRel,
    double titleNear, double bodyRel, double titleNeighbours, double latentRel, double latentCos, boolean named) {
  /** Names in {@link #vector()} order, as the model file writes them. */
  public static final String[] NAMES = {"textRel", "textAbs", "evidence", "title", "unsupported", "wholeRel", "titleNear", "bodyRel", "titleNeighbours", "latentRel", "latentCos"};

  /** Whether any signal speaks for the sheet: a shared word, evidence, a title, a near name, latent nearness. */
  public boolean anySignal() {
    return textRel > 0 || textAbs > 0 || evidence > 0 || title > 0 || wholeRel > 0 || titleNear > 0 || bodyRel > 0
        || titleNeighbours > 0 || latentRel > 0 || latentCos > 0;
  }

  /**
   * Whether the text's own words speak for the sheet: a shared word in any field, a title, a line
   * near its names, evidence. The latent nearness is not counted: it reads the text's meaning
   * against every sheet and is near some sheet whatever the text.
   */
  public boolean wordSupported() {
    return textRel > 0 || textAbs > 0 || evidence > 0 || title > 0 || wholeRel > 0 || titleNear > 0 || bodyRel > 0
        || titleNeighbours > 0;
  }

  /** Neither evidence nor a title: only shared words speak for the sheet. */
  public boolean unsupported() {
    return evidence == 0 && title == 0;
  }

  /** The same, rounded to 4 decimals for display. */
  public ScoreFeatures rounded() {
    return new ScoreFeatures(r(textRel), r(textAbs), r(evidence), r(title), r(wholeRel), r(titleNear), r(bodyRel), r(titleNeighbours), r(latentRel), r(latentCos), named);
  }

  private static double r(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  public double[] vector() {
    return new double[] {textRel, textAbs, evidence, title, unsupported() ? 1 : 0, wholeRel, titleNear, bodyRel, titleNeighbours, latentRel, latentCos};
  }
}
