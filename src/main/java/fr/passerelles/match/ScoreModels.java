package fr.passerelles.match;

import fr.passerelles.index.SheetType;

/**
 * One fusion per kind of sheet. ROME sheets all have the same structure, so one whole-sheet field
 * or one title signal means the same for each; branch sheets merge two versions or borrow ROME
 * text, so the same signals weigh differently there. Each model is calibrated, so their scores
 * compare when a ranking mixes both kinds.
 *
 * @param branch fitted on the development set's branch rankings
 * @param rome fitted on the held-out benchmark's train sheets and the development set's ROME rankings
 */
public record ScoreModels(ScoreModel branch, ScoreModel rome) {
  static final String BRANCH_RESOURCE = "score-model-branch.properties";
  static final String ROME_RESOURCE = "score-model-rome.properties";

  /** Every signal weighing the same: the candidate pool a fit starts from. */
  public static final ScoreModels NEUTRAL = new ScoreModels(ScoreModel.NEUTRAL, ScoreModel.NEUTRAL);

  /** The committed models. */
  public static ScoreModels load() {
    return new ScoreModels(ScoreModel.load(BRANCH_RESOURCE), ScoreModel.load(ROME_RESOURCE));
  }

  public ScoreModel of(SheetType type) {
    return type == SheetType.BRANCH ? branch : rome;
  }
}
