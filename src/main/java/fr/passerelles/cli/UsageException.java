package fr.passerelles.cli;

/** A sub-command was called wrongly; the message says how to call it. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
