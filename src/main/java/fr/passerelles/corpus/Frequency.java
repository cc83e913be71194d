package fr.passerelles.corpus;

import com.fasterxml.jackson.annotation.JsonValue;

/** How often an activity is met in the branch's work situations (the 2009 sheets' three headings). */
public enum Frequency {
  /** "Activités rencontrées dans la majorité des situations de travail". */
  MAJORITY("majority"),
  /** "Activités rencontrées fréquemment". */
  FREQUENT("frequent"),
  /** "Activités rencontrées plus rarement". */
  RARE("rare");

  private final String json;

  Frequency(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }
}
