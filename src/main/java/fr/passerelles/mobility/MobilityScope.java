package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;
import java.util.Locale;

/** Which métiers computed candidates are sought among. */
public enum MobilityScope {
  /** The branch's métiers and specialist sub-sheets (the study's scope). */
  BRANCH,
  /** ROME sheets (moves out of the branch). */
  ROME,
  /** Both. */
  ALL;

  /** The default for an origin: métiers of its own kind. */
  public static MobilityScope of(SheetType type) {
    return type == SheetType.ROME ? ROME : BRANCH;
  }

  boolean accepts(MetierProfile p) {
    return this == ALL || (this == ROME) == (p.type() == SheetType.ROME);
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MobilityScope parse(String v) {
    for (MobilityScope s : values()) {
      if (s.json().equalsIgnoreCase(v)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scope " + v + " (branch, rome, all)");
  }
}
