package fr.passerelles.mobility;

import fr.passerelles.rome.CompetenceTree.Level;
import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.util.Locale;

/**
 * The level of ROME's competence tree that defines a <em>champ de compétences</em>. The mobility
 * evaluation compares the three levels (docs/mobility.md); {@link MobilitySettings#DEFAULT_LEVEL}
 * is the one it chose.
 */
public enum FieldLevel {
  /** 6 domaines, e.g. "5" Développement économique. */
  DOMAINE,
  /** 32 enjeux, e.g. "5A" Relation client. */
  ENJEU,
  /** 84 objectifs, e.g. "5A2" Traiter une demande client. */
  OBJECTIF;

  /** The field a macro-compétence belongs to at this level. */
  public CompetenceField of(MacroPath path) {
    Level level = switch (this) {
      case DOMAINE -> path.domaine();
      case ENJEU -> path.enjeu();
      case OBJECTIF -> path.objectif();
    };
    return new CompetenceField(level.code(), level.label(), path.domaine().code(), path.domaine().label());
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code domaine}, {@code enjeu} or {@code objectif}. */
  public static FieldLevel parse(String value) {
    for (FieldLevel l : values()) {
      if (l.json().equalsIgnoreCase(value)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown field level " + value + " (domaine, enjeu, objectif)");
  }
}
