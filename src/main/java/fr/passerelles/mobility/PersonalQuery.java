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
 * @param origin the id of the métier they chose as theirs, null to take the text's closest one
 */
public record PersonalQuery(
    String text, SheetType type, MobilityScope scope, String wish, Set<String> exclude, Set<String> include,
    String origin) {

  public PersonalQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    scope = scope == null ? MobilityScope.of(type) : scope;
    exclude = exclude == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(exclude));
    include = include == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(include));
  }

  /** Without a chosen origin: the text's closest métier is the person's. */
  public PersonalQuery(
      String text, SheetType type, MobilityScope scope, String wish, Set<String> exclude, Set<String> include) {
    this(text, type, scope, wish, exclude, include, null);
  }

  /** The text alone, its closest métier of {@code type}, passerelles among métiers of that kind. */
  public static PersonalQuery of(String text, SheetType type) {
    return new PersonalQuery(text, type, null, null, Set.of(), Set.of());
  }

  public boolean corrected() {
    return !exclude.isEmpty() || !include.isEmpty();
  }
}
