package fr.passerelles.mobility;

/** A métier id that names no profile (branch code, sub-sheet id or ROME code). */
public final class UnknownMetierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String id;

  public UnknownMetierException(String id) {
    super("unknown métier: " + id);
    this.id = id;
  }

  public String id() {
    return id;
  }
}
