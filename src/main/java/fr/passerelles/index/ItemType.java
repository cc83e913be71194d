package fr.passerelles.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The two kinds of evidence a sheet is made of. */
public enum ItemType {
  ACTIVITY,
  COMPETENCE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
