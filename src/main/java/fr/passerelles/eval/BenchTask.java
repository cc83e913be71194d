package fr.passerelles.eval;

/** The held-out ROME tasks, in report order. */
public enum BenchTask {
  DESCRIPTION("description → sheet, as written", Holdout.TEXTS),
  MASKED("description → sheet, names masked", Holdout.TEXTS),
  NOISY_AD("names masked, in job-ad noise", Holdout.TEXTS),
  NOISY_CV("names masked, in a CV", Holdout.TEXTS),
  TITLE("appellation → sheet", Holdout.APPELLATIONS);

  /** What a fold's engine leaves out for this task. */
  public enum Holdout {
    /** the definition and access sentences of the fold's sheets */
    TEXTS,
    /** the fold's synonym appellations */
    APPELLATIONS
  }

  private final String label;
  private final Holdout holdout;

  BenchTask(String label, Holdout holdout) {
    this.label = label;
    this.holdout = holdout;
  }

  public String label() {
    return label;
  }

  public Holdout holdout() {
    return holdout;
  }
}
