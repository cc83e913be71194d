package fr.passerelles.mobility;

/**
 * A target competence in a gap.
 *
 * @param action {@link Action#SHARED} (the origin has it), {@link Action#DEEPEN} (missing, but the
 *     origin has a partial match: {@code relatedTo}), {@link Action#ACQUIRE} (missing, nothing
 *     related) or {@link Action#PREREQUISITE} (a certification, diploma or habilitation)
 * @param coveredBy the origin's competence that covers it, null when missing
 * @param field its champ de compétences, null when unplaced
 * @param area its enjeu (finer than the field), null when unplaced
 * @param relatedTo for {@code deepen}, the origin's competence that partly matches it, else null
 */
public record GapCompetence(
    String id, String text, String kind, double weight, CompetenceField field, Action action, String coveredBy,
    CompetenceField area, String relatedTo) {

  /** What the move asks of this competence. */
  public enum Action {
    SHARED,
    DEEPEN,
    ACQUIRE,
    PREREQUISITE;

    public String json() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
