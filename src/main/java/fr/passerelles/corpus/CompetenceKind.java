package fr.passerelles.corpus;

import com.fasterxml.jackson.annotation.JsonValue;

/** The nature of a competence, from the sheets' wording ("Connaissance de…", "Savoir + verbe"…). */
public enum CompetenceKind {
  SAVOIR("savoir"),
  SAVOIR_FAIRE("savoir-faire"),
  LANGUE("langue"),
  SAVOIR_ETRE("savoir-etre");

  private final String json;

  CompetenceKind(String json) {
    this.json = json;
  }

  @JsonValue
  public String json() {
    return json;
  }
}
