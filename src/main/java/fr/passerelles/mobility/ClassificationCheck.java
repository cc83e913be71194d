package fr.passerelles.mobility;

/**
 * The study's rule: a move goes only to an equal or higher classification. Grades are {@link
 * ClassificationLevel#grade()}: the certification level the sheets or ROME's access texts require,
 * with half a step for a range and one for encadrement.
 *
 * @param status whether the rule holds, fails or cannot be applied
 * @param fromLevel the origin's minimum certification level (3 = CAP … 8 = doctorat), null when unknown
 * @param toLevel the target's, null when unknown
 * @param fromGrade the origin's grade, null when unknown
 * @param toGrade the target's grade, null when unknown
 */
public record ClassificationCheck(Status status, Integer fromLevel, Integer toLevel, Double fromGrade, Double toGrade) {

  public enum Status {
    /** Equal or higher grade. */
    SATISFIED,
    /** Lower grade: a step down, which the study's rule excludes. */
    VIOLATED,
    /** A grade is unknown (nothing the referential says gives one). */
    NOT_APPLICABLE;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public static ClassificationCheck of(ClassificationLevel from, ClassificationLevel to) {
    Integer fl = from == null ? null : from.diploma();
    Integer tl = to == null ? null : to.diploma();
    Double fg = from == null ? null : from.grade();
    Double tg = to == null ? null : to.grade();
    if (from == null || to == null) {
      return new ClassificationCheck(Status.NOT_APPLICABLE, fl, tl, fg, tg);
    }
    return new ClassificationCheck(tg >= fg ? Status.SATISFIED : Status.VIOLATED, fl, tl, fg, tg);
  }

  public boolean allows() {
    return status != Status.VIOLATED;
  }
}
