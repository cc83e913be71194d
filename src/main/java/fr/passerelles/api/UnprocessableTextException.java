package fr.passerelles.api;

/**
 * The text is well-formed but cannot be analysed (not French, no recognisable content): the API
 * answers 422 with this exception's message.
 *
 * <p>Unlike other exceptions, the message <em>is</em> shown to the user, so it must be French and
 * must not quote the text. This class has no HTTP dependency: the engine may throw it.
 */
public final class UnprocessableTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param userMessage French, shown as is, never quoting the submitted text */
  public UnprocessableTextException(String userMessage) {
    super(userMessage);
  }

  /** The language check failed. */
  public static UnprocessableTextException notFrench() {
    return new UnprocessableTextException(
        "Le texte doit être rédigé en français : la langue détectée est différente.");
  }
}
