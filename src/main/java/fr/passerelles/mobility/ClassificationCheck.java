package fr.passerelles.mobility;

/**
 * The study's rule: a move goes only to an equal or higher classification level. Levels are the
 * minimum certification levels the branch sheets state (3 = CAP … 8 = doctorat).
 *
 * @param status whether the rule holds, fails or cannot be applied
 * @param fromLevel the origin's level, null when unknown
 * @param toLevel the target's level, null when unknown
 */
public record ClassificationCheck(Status status, Integer fromLevel, Integer toLevel) {

  public enum Status {
    /** Equal or higher level. */
    SATISFIED,
    /** Lower level: the study's rule excludes the move. */
    VIOLATED,
    /** A level is unknown (ROME sheets, borrowed métiers, sheets that state none). */
    NOT_APPLICABLE;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public static ClassificationCheck of(Integer from, Integer to) {
    if (from == null || to == null) {
      return new ClassificationCheck(Status.NOT_APPLICABLE, from, to);
    }
    return new ClassificationCheck(to >= from ? Status.SATISFIED : Status.VIOLATED, from, to);
  }

  public boolean allows() {
    return status != Status.VIOLATED;
  }
}
