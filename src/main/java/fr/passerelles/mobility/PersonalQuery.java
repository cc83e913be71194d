package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a person asks of their passerelles.
 *
 * @param text their CV or a description of their work (never stored nor logged)
 * @param type whether their closest métier is sought among branch métiers or ROME sheets
 * @param scope where computed passerelles are sought (branch, ROME or both)
 * @param wish the id of the métier they want to reach, null when none
 * @param exclude competence ids they say they do not master (the text seemed to show them)
 * @param include competence ids they hold that the text did not show
 */
public record PersonalQuery(
    String text, SheetType type, MobilityScope scope, String wish, Set<String> exclude, Set<String> include) {

  public PersonalQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    scope = scope == null ? MobilityScope.of(type) : scope;
    exclude = exclude == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(exclude));
    include = include == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(include));
  }

  /** The text alone, its closest métier of {@code type}, passerelles among métiers of that kind. */
  public static PersonalQuery of(String text, SheetType type) {
    return new PersonalQuery(text, type, null, null, Set.of(), Set.of());
  }

  public boolean corrected() {
    return !exclude.isEmpty() || !include.isEmpty();
  }
}
