package fr.passerelles.match;

import fr.passerelles.index.SheetType;

/**
 * One fusion per kind of sheet, and for ROME sheets one per kind of text. ROME sheets all have
 * the same structure, so one whole-sheet field or one title signal means the same for each; branch
 * sheets merge two versions or borrow ROME text, so the same signals weigh differently there.
 * A text that names no job (a description of tasks, a CV without a title line) is ranked by what
 * its words share with the sheets' bodies, while a named one leans on its names: fitted as one
 * model the two pulled apart (docs/matching.md §4). Each model is calibrated, so their scores
 * compare when a ranking mixes them.
 *
 * @param branch fitted on the development set's branch rankings
 * @param rome fitted on the held-out benchmark's train sheets and the development set's ROME
 *     rankings of texts that name a job
 * @param romeUnnamed the same, on the texts that name none
 * @param branchByRome branch sheets ranked by the two ROME models too, {@code branch} unused
 *     (an evaluation variant, docs/quality.md "Branch métiers ranked by the ROME fusion")
 */
public record ScoreModels(ScoreModel branch, ScoreModel rome, ScoreModel romeUnnamed, boolean branchByRome) {
  static final String BRANCH_RESOURCE = "score-model-branch.properties";
  static final String ROME_RESOURCE = "score-model-rome.properties";
  static final String ROME_UNNAMED_RESOURCE = "score-model-rome-unnamed.properties";

  /** Every signal weighing the same: the candidate pool a fit starts from. */
  public static final ScoreModels NEUTRAL = new ScoreModels(ScoreModel.NEUTRAL, ScoreModel.NEUTRAL, ScoreModel.NEUTRAL, false);

  /** The committed models. */
  public static ScoreModels load() {
    return new ScoreModels(ScoreModel.load(BRANCH_RESOURCE), ScoreModel.load(ROME_RESOURCE),
        ScoreModel.load(ROME_UNNAMED_RESOURCE), false);
  }

  /** The same models, branch sheets ranked by the ROME ones. */
  public ScoreModels withBranchByRome() {
    return new ScoreModels(branch, rome, romeUnnamed, true);
  }

  /** The model for a sheet of this type, for a text that names a job or not. */
  public ScoreModel of(SheetType type, boolean named) {
    return type == SheetType.BRANCH && !branchByRome ? branch : named ? rome : romeUnnamed;
  }
}
