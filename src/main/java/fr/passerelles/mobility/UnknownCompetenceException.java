package fr.passerelles.mobility;

import java.util.List;

/** Competence ids a person's corrections name and no métier states. */
public final class UnknownCompetenceException extends RuntimeException {
  private final List<String> ids;

  public UnknownCompetenceException(List<String> ids) {
    super("unknown competence ids: " + ids.size());
    this.ids = List.copyOf(ids);
  }

  public List<String> ids() {
    return ids;
  }
}
