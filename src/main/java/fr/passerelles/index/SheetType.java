package fr.passerelles.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a searchable sheet comes from: the branch referential or France Travail's ROME. */
public enum SheetType {
  BRANCH,
  ROME;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code branch} / {@code rome}; null when the value is neither. */
  public static SheetType parse(String value) {
    for (SheetType t : values()) {
      if (t.json().equalsIgnoreCase(value)) {
        return t;
      }
    }
    return null;
  }
}
