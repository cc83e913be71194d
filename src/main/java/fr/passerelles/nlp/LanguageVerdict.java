package fr.passerelles.nlp;

import java.util.Objects;

/**
 * What {@link LanguageGuard} concluded about a text.
 *
 * @param languageCode ISO 639-3 code as the OpenNLP language model gives it ("fra", "eng", "deu",
 *     "spa"), {@code "und"} (undetermined) when the text is too short to judge, {@code "zxx"} (no
 *     linguistic content) for empty, binary or digits-only input
 * @param confidence the detector's probability for {@code languageCode}, in [0, 1]; it is spread
 *     over 103 languages, so even clear French scores only 0.02 to 0.1; 0 when the detector did not
 *     run
 * @param isFrench whether the text may go on to matching
 * @param reason why, for the user message and the logs
 */
public record LanguageVerdict(
    String languageCode, double confidence, boolean isFrench, Reason reason) {

  public static final String UNDETERMINED = "und";
  public static final String NO_LINGUISTIC_CONTENT = "zxx";

  public LanguageVerdict {
    Objects.requireNonNull(languageCode, "languageCode");
    Objects.requireNonNull(reason, "reason");
    if (isFrench != reason.accepts) {
      throw new IllegalArgumentException(reason + " does not match isFrench=" + isFrench);
    }
  }

  static LanguageVerdict refused(String languageCode, double confidence, Reason reason) {
    return new LanguageVerdict(languageCode, confidence, false, reason);
  }

  static LanguageVerdict french(double confidence, Reason reason) {
    return new LanguageVerdict("fra", confidence, true, reason);
  }

  /** Why a text was accepted or refused. */
  public enum Reason {
    /** The detector ranks French first, or close enough to the first for the text's length. */
    FRENCH(true, "French text"),
    /** A long text with frequent French function words: French without the detector (confidence 0). */
    FRENCH_FUNCTION_WORDS(true, "French text (its function words)"),
    /**
     * Too short for the detector to be sure (a job title, a skill) and not clearly another
     * language: accepted as French.
     */
    SHORT_TEXT_ASSUMED_FRENCH(true, "short text, accepted as French"),
    OTHER_LANGUAGE(false, "the text is not in French"),
    EMPTY(false, "the text is empty"),
    TOO_SHORT(false, "the text has no word of two letters or more"),
    NOT_WORDS(false, "the text is mostly digits, punctuation or symbols"),
    BINARY(false, "the text looks like binary or encoded data");

    private final boolean accepts;
    private final String description;

    Reason(boolean accepts, String description) {
      this.accepts = accepts;
      this.description = description;
    }

    /** A short English explanation, safe to show: it never quotes the text. */
    public String description() {
      return description;
    }
  }
}
