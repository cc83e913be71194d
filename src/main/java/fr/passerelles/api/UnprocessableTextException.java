package fr.passerelles.api;

import fr.passerelles.nlp.LanguageVerdict;

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

  /** Why the engine refused a text ({@link fr.passerelles.match.NotFrenchException}), for the user. */
  public static UnprocessableTextException refused(LanguageVerdict.Reason reason) {
    return switch (reason) {
      case NOT_WORDS -> new UnprocessableTextException("Le texte est fait surtout de chiffres, de ponctuation"
          + " ou de symboles : envoyer un texte rédigé en français.");
      case BINARY -> new UnprocessableTextException(
          "Le texte ressemble à des données binaires ou encodées : envoyer du texte brut en français.");
      case EMPTY, TOO_SHORT -> new UnprocessableTextException("Le texte ne contient aucun mot à analyser.");
      case OTHER_LANGUAGE, FRENCH, FRENCH_FUNCTION_WORDS, SHORT_TEXT_ASSUMED_FRENCH -> notFrench();
    };
  }

  /** The language check failed. */
  public static UnprocessableTextException notFrench() {
    return new UnprocessableTextException(
        "Le texte doit être rédigé en français : la langue détectée est différente.");
  }
}
