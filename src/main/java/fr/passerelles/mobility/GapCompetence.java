package fr.passerelles.mobility;

/**
 * A target competence in a gap.
 *
 * @param action {@link Action#SHARED} (the origin has it), {@link Action#DEEPEN} (missing, in a
 *     field the origin already works in) or {@link Action#ACQUIRE} (missing, in a new field)
 * @param coveredBy the origin's competence that covers it, null when missing
 * @param field its champ de compétences, null when unplaced
 */
public record GapCompetence(
    String id, String text, String kind, double weight, CompetenceField field, Action action, String coveredBy) {

  /** What the move asks of this competence. */
  public enum Action {
    SHARED,
    DEEPEN,
    ACQUIRE;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
