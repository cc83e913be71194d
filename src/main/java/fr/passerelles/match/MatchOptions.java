package fr.passerelles.match;

import fr.passerelles.index.SheetType;

/**
 * @param limit how many sheets to return
 * @param type only branch or only ROME sheets; null for both
 * @param family only this family (branch family code such as {@code 01}, or ROME grand domaine
 *     letter such as {@code K}); null for all
 * @param evidencePerSheet how many evidence items to return per sheet
 */
public record MatchOptions(int limit, SheetType type, String family, int evidencePerSheet) {
  public static final int DEFAULT_LIMIT = 10;
  public static final int DEFAULT_EVIDENCE = 8;
  public static final MatchOptions DEFAULT = new MatchOptions(DEFAULT_LIMIT, null, null, DEFAULT_EVIDENCE);

  public MatchOptions withType(SheetType t) {
    return new MatchOptions(limit, t, family, evidencePerSheet);
  }

  public MatchOptions withLimit(int n) {
    return new MatchOptions(n, type, family, evidencePerSheet);
  }
}
