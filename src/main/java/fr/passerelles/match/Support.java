package fr.passerelles.match;

/**
 * What brings a sheet into a text's answer. Most sheets are there because the text's own words
 * speak for them; some only because texts like it were about them, because the branch's people
 * hold them, or for the meaning of the text as a whole. A user reading a sheet with no evidence,
 * and a tool filtering the answer, can tell which (docs/api.md, {@code support}).
 */
public enum Support {
  /** The text's words: a shared word in any field, a recognised title, a line near its names, evidence. */
  TEXT("text"),
  /** Only the labelled texts: the vote of the nearest ones, or the centroid of a ROME sheet's texts. */
  LABELLED_TEXTS("labelledTexts"),
  /** Only the branch: a confident branch métier's ROME sheets, or those the branch's people hold. */
  BRANCH("branch"),
  /** Only the latent nearness of the text as a whole. */
  MEANING("meaning");

  private final String json;

  Support(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }

  /** The support of a sheet with these signals: the text's words first, then the labelled texts, then the branch. */
  static Support of(ScoreFeatures f, boolean labelledTexts, boolean branch) {
    return f.wordSupported() ? TEXT : labelledTexts ? LABELLED_TEXTS : branch ? BRANCH : MEANING;
  }
}
