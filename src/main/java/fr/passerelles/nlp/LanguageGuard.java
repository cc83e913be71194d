package fr.passerelles.nlp;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Decides whether a user text is French enough to be matched against the French job sheets.
 *
 * <p>Policy, in order:
 *
 * <ol>
 *   <li>Not language at all: empty → {@code EMPTY}; a NUL char, or at least two control,
 *       replacement (U+FFFD) or unassigned chars making 10% of the visible chars → {@code BINARY};
 *       fewer letters than other visible chars (phone numbers, dates, "!!!") → {@code NOT_WORDS};
 *       letters mostly outside the Latin script (Chinese, Arabic, Cyrillic) → {@code OTHER_LANGUAGE};
 *       tokens averaging more than 25 chars (base64, hex dumps) → {@code BINARY}; no run of two
 *       letters → {@code TOO_SHORT}. A stray U+FFFD, as PDF copies leave for lost ligatures
 *       ("di�iculté"), is tolerated.
 *   <li>A text of {@link #FUNCTION_WORDS_MIN_WORDS} words or more whose French function words are
 *       frequent and varied is French ({@code FRENCH_FUNCTION_WORDS}), without the detector.
 *   <li>Otherwise the OpenNLP detector ranks 103 languages. Its probabilities are flat on short
 *       text, so the guard compares French with the winner: {@code ratio = p(top) / p(fra)} (1 when
 *       French wins). The text is refused as {@code OTHER_LANGUAGE} when the ratio exceeds a limit
 *       that tightens with the number of words: 2.0 below 6 words, 1.5 below 12, 1.25 from 12 on.
 * </ol>
 *
 * <p>Why these limits (measured on the lines of the seed studies and on English, German and Spanish
 * CV lines): French lines of 1 to 5 words reach a ratio of 1.7 ("0201 - MEDECIN REGULATEUR(TRICE)"
 * lands on Latin), because on a few words neighbours such as Latin, Occitan or Romanian often edge
 * French out; German or Spanish phrases of 3 words already score 2.3 to 2.6. So a short input such
 * as "comptable" or "chargé d'assistance" is accepted unless the detector is at least twice as sure
 * of another language ({@code SHORT_TEXT_ASSUMED_FRENCH}): refusing a job title would be worse than
 * letting an English title through, and titles like "team leader" or "data analyst" are used in
 * French workplaces anyway. From 12 words French lines are within 1.06 of the top while English
 * ones start at 2.2, hence 1.25; whole CVs are far from both limits. A French CV quoting English
 * tool names stays French because the whole text is judged, not each line.
 *
 * <p>Thread-safe: the model is shared, the detector is created per call (it is cheap, a few
 * microseconds).
 */
public final class LanguageGuard {

  /** Below this many words the text is short: accepted unless clearly another language. */
  static final int SHORT_TEXT_WORDS = 6;

  /** From this many words the detector is trusted with the tightest limit. */
  static final int LONG_TEXT_WORDS = 12;

  static final double MAX_RATIO_SHORT = 2.0;
  static final double MAX_RATIO_MEDIUM = 1.5;
  static final double MAX_RATIO_LONG = 1.25;

  /**
   * The detector reads the first 500 chars (some 75 words, six times {@link #LONG_TEXT_WORDS}):
   * enough to judge, and its cost grows with the length (about 1 ms per 1,000 chars, as much as
   * ranking all the sheets).
   */
  static final int MAX_CHARS_DETECTED = 500;

  /**
   * A long text where French function words ("les", "des", "pour", "avec", "vous"…) are frequent
   * and varied is French without asking the detector, whose n-gram pass costs about 0.5 ms on a
   * CV: from {@link #FUNCTION_WORDS_MIN_WORDS} words, at least {@link #FUNCTION_WORDS_MIN_DISTINCT}
   * distinct ones making {@link #FUNCTION_WORDS_MIN_SHARE} of the words. The words are French
   * only (no "de", "la", "en", "que", shared with Spanish, Italian or Catalan): English and German
   * text has none or one of them ("des" in German), and the detector still judges every text the
   * test does not settle.
   */
  static final int FUNCTION_WORDS_MIN_WORDS = 40;
  static final int FUNCTION_WORDS_MIN_DISTINCT = 4;
  static final double FUNCTION_WORDS_MIN_SHARE = 0.08;
  private static final Set<String> FRENCH_FUNCTION_WORDS = Set.of(
      "les", "des", "du", "aux", "une", "pour", "avec", "dans", "sur", "vous", "nous", "est", "sont", "leur",
      "leurs", "cette", "ces", "nos", "vos", "votre", "notre", "je", "j'");

  private static final double MAX_GARBAGE_SHARE = 0.10;
  private static final double MAX_AVERAGE_TOKEN_LENGTH = 25;

  private final LanguageDetectorModel model;

  public LanguageGuard(NlpModels models) {
    this.model = models.languageModel();
  }

  public LanguageVerdict check(String text) {
    Objects.requireNonNull(text, "text");
    TextShape shape = TextShape.of(text);
    if (shape.visible() == 0) {
      return LanguageVerdict.refused(
          LanguageVerdict.NO_LINGUISTIC_CONTENT, 0, LanguageVerdict.Reason.EMPTY);
    }
    if (shape.hasControlGarbage()) {
      return LanguageVerdict.refused(
          LanguageVerdict.NO_LINGUISTIC_CONTENT, 0, LanguageVerdict.Reason.BINARY);
    }
    if (shape.letters() * 2 < shape.visible()) {
      return LanguageVerdict.refused(
          LanguageVerdict.NO_LINGUISTIC_CONTENT, 0, LanguageVerdict.Reason.NOT_WORDS);
    }
    // French is written in Latin script: Chinese, Arabic or Cyrillic text is another language, not
    // binary data (a script without spaces between words would otherwise look like overlong tokens)
    if (shape.latinLetters() * 2 < shape.letters()) {
      return LanguageVerdict.refused(
          LanguageVerdict.UNDETERMINED, 0, LanguageVerdict.Reason.OTHER_LANGUAGE);
    }
    if (shape.hasOverlongTokens()) {
      return LanguageVerdict.refused(
          LanguageVerdict.NO_LINGUISTIC_CONTENT, 0, LanguageVerdict.Reason.BINARY);
    }
    if (shape.longestLetterRun() < 2) {
      return LanguageVerdict.refused(
          LanguageVerdict.UNDETERMINED, 0, LanguageVerdict.Reason.TOO_SHORT);
    }
    if (shape.words() >= FUNCTION_WORDS_MIN_WORDS && hasFrenchFunctionWords(text)) {
      return LanguageVerdict.french(0, LanguageVerdict.Reason.FRENCH_FUNCTION_WORDS);
    }
    return judge(text, shape.words());
  }

  /** Whether French function words are frequent and varied enough to settle the language. */
  static boolean hasFrenchFunctionWords(String text) {
    int words = 0;
    int found = 0;
    Set<String> distinct = new HashSet<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      if (c == '\'' || c == '’') {
        word.append('\''); // "j'" is a word of its own
      }
      if (word.length() > 0) {
        String w = word.toString();
        if (!w.equals("'")) {
          words++;
          if (FRENCH_FUNCTION_WORDS.contains(w)) {
            found++;
            distinct.add(w);
          }
        }
        word.setLength(0);
      }
    }
    return distinct.size() >= FUNCTION_WORDS_MIN_DISTINCT && found >= FUNCTION_WORDS_MIN_SHARE * words;
  }

  /** The detector's verdict alone, for the test that the function-word shortcut agrees with it. */
  LanguageVerdict detectorVerdict(String text) {
    return judge(text, TextShape.of(text).words());
  }

  private LanguageVerdict judge(String text, int words) {
    CharSequence sample =
        text.length() > MAX_CHARS_DETECTED ? text.subSequence(0, MAX_CHARS_DETECTED) : text;
    Language[] ranked = new LanguageDetectorME(model).predictLanguages(sample);
    Language top = ranked[0];
    double french = 0;
    for (Language language : ranked) {
      if (language.getLang().equals("fra")) {
        french = language.getConfidence();
        break;
      }
    }
    boolean shortText = words < SHORT_TEXT_WORDS;
    if (french > 0 && top.getConfidence() / french <= maxRatio(words)) {
      boolean sure = top.getLang().equals("fra") || !shortText;
      return LanguageVerdict.french(
          french,
          sure ? LanguageVerdict.Reason.FRENCH : LanguageVerdict.Reason.SHORT_TEXT_ASSUMED_FRENCH);
    }
    return LanguageVerdict.refused(
        top.getLang(), top.getConfidence(), LanguageVerdict.Reason.OTHER_LANGUAGE);
  }

  static double maxRatio(int words) {
    if (words < SHORT_TEXT_WORDS) {
      return MAX_RATIO_SHORT;
    }
    return words < LONG_TEXT_WORDS ? MAX_RATIO_MEDIUM : MAX_RATIO_LONG;
  }

  /** Counts that tell language from noise, gathered in one pass over the code points. */
  private record TextShape(
      int visible,
      int letters,
      int latinLetters,
      int garbage,
      boolean hasNul,
      int tokens,
      int joints,
      int words,
      int longestLetterRun) {

    static TextShape of(String text) {
      int visible = 0;
      int letters = 0;
      int latinLetters = 0;
      int garbage = 0;
      boolean hasNul = false;
      int tokens = 0;
      int joints = 0;
      int words = 0;
      int longestRun = 0;
      int run = 0;
      boolean inToken = false;
      boolean tokenHasLetter = false;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
          inToken = false;
          run = 0;
          continue;
        }
        visible++;
        if (!inToken) {
          tokens++;
          inToken = true;
          tokenHasLetter = false;
        }
        if (Character.isLetter(c)) {
          letters++;
          latinLetters += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
          longestRun = Math.max(longestRun, ++run);
          if (!tokenHasLetter) {
            words++;
            tokenHasLetter = true;
          }
        } else {
          run = 0;
          joints += isJoint(c) ? 1 : 0;
        }
        hasNul |= c == 0;
        garbage += isGarbage(c) ? 1 : 0;
      }
      return new TextShape(visible, letters, latinLetters, garbage, hasNul, tokens, joints, words, longestRun);
    }

    boolean hasControlGarbage() {
      return hasNul || (garbage >= 2 && garbage >= MAX_GARBAGE_SHARE * visible);
    }

    /**
     * Base64 or hex dumps: no natural language averages 25 chars a token. A hyphen or a middle dot
     * joins two words: a compound title in inclusive writing ("Boulanger·ère-pâtissier·ère", 27
     * chars) is four words, not a dump, which has neither.
     */
    boolean hasOverlongTokens() {
      return (double) visible / (tokens + joints) > MAX_AVERAGE_TOKEN_LENGTH;
    }

    private static boolean isJoint(int c) {
      return c == '-' || c == '·' || c == '•' || c == '⋅';
    }

    private static boolean isGarbage(int c) {
      int type = Character.getType(c);
      return c == 0xFFFD
          || type == Character.CONTROL
          || type == Character.UNASSIGNED
          || type == Character.SURROGATE;
    }
  }
}
