package fr.passerelles.corpus;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a competence is needed in most work situations or only in specific ones. */
public enum Situation {
  MAJORITY("majority"),
  SPECIFIC("specific");

  private final String json;

  Situation(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }
}
