package fr.passerelles.match;

import fr.passerelles.nlp.LanguageVerdict;

/** The text was refused before matching: not French, empty, binary… The verdict says why. */
public final class NotFrenchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient LanguageVerdict verdict;

  public NotFrenchException(LanguageVerdict verdict) {
    super("text refused: " + verdict.reason().description()); // never quotes the text
    this.verdict = verdict;
  }

  public LanguageVerdict verdict() {
    return verdict;
  }
}
