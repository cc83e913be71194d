package fr.passerelles.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds the gender-inclusive forms of French job titles to their masculine form, which is what the
 * stemmer and the synonyms expect, and deletes the F/H mention:
 *
 * <ul>
 *   <li>marks in brackets: {@code chargé(e)}, {@code chargé(e)s}, {@code chargé(e)(s)}, {@code
 *       animateur(trice)s}, {@code technicien(ne)}, {@code régulateur (trice)}, {@code un(e)}, and
 *       plural marks {@code plateau(x)}, {@code domaine(s)};
 *   <li>full feminine words in brackets: {@code hôte(hôtesse)}, {@code il(elle)};
 *   <li>middle dot, full stop or hyphen marks: {@code chargé·e}, {@code chargé·e·s}, {@code
 *       chargé.e.s}, {@code animateur·rice}, {@code salarié-e-s};
 *   <li>slash forms: {@code chargé/e}, {@code Chargé / Chargée}, {@code superviseur/superviseuse},
 *       and the feminine-first {@code Chargée / Chargé};
 *   <li>the mention {@code F/H}, {@code H/F}, {@code (f/h)}, Belgium's {@code (m/f/x)}, {@code H/F/X}, deleted.
 * </ul>
 *
 * <p>Every rule checks the mark against the end of the word ({@link FeminineForms}), so that
 * ordinary brackets and slashes ({@code Bac+2 / Bac+3}, {@code (habitation)}, {@code et/ou}) are
 * left alone. The result is a list of {@link Edit}s, each replacing a span by a shorter or equal
 * text taken from it, so that a char filter can map offsets back to the user's text. Pure: no
 * Lucene types; thread-safe.
 */
public final class GenderFormNormalizer {

  /**
   * Replaces {@code [start, end)} of the input by {@code replacement}, never longer than the span.
   */
  public record Edit(int start, int end, String replacement) {
    public Edit {
      if (start < 0 || end < start || replacement.length() > end - start) {
        throw new IllegalArgumentException("bad edit [" + start + ", " + end + ") " + replacement);
      }
    }
  }

  // A word: letters and combining marks (NFD text), starting a word.
  private static final String WORD = "(?<![\\p{L}\\p{M}])([\\p{L}\\p{M}]{2,})";
  private static final String MARK = "([\\p{L}\\p{M}]{1,20})";
  // Nothing word-like may follow a form, or it is not a form.
  private static final String END = "(?![\\p{L}\\p{M}\\p{N}])";

  /** {@code word(mark)}, optionally one space before the bracket and a plural after it. */
  private static final Pattern BRACKETS =
      Pattern.compile(WORD + "(\\h?)\\(" + MARK + "\\)(?:\\(([sSxX])\\)|([sS]))?" + END);

  /**
   * {@code word·mark}, {@code word.mark.s}: the separator must repeat before the plural. Neither an
   * e-mail nor an address: no {@code .@/_} nor digit before the word, no {@code @} nor {@code .x}
   * after the form. A hyphen may follow when the marks are not hyphens: each part of a compound
   * title carries its own mark ({@code dépanneur·euse-remorqueur·euse}), where {@code salarié-e-x}
   * is no form.
   */
  private static final Pattern SEPARATED =
      Pattern.compile(
          "(?<![\\p{N}.@/_])"
              + WORD
              + "([·•⋅.\\-])"
              + MARK
              + "(?:\\2([sS]))?"
              + "(?![\\p{L}\\p{M}\\p{N}@])(?![.·•⋅/][\\p{L}\\p{M}\\p{N}])(?!\\2[\\p{L}\\p{M}\\p{N}])");

  /** {@code word/mark} or {@code word / other}; not inside a path or a list {@code a/b/c}. */
  private static final Pattern SLASHED =
      Pattern.compile(
          "(?<![\\p{N}./@_])" + WORD + "\\h?/\\h?" + MARK + "(?![\\p{L}\\p{M}\\p{N}/])");

  /**
   * The mention F/H or H/F in brackets, even glued to the title ({@code Patrouilleur(f/h)}), but
   * ending a word: deleting it must not weld two words together. Belgium's {@code (m/f/x)} and the
   * third, non-binary mark ({@code (h/f/x)}) are the same mention.
   */
  private static final Pattern SEX_MENTION_BRACKETED =
      Pattern.compile("\\(\\h?([FfHhMm])\\h?/\\h?([FfHhMm])(?:\\h?/\\h?[Xx])?\\h?\\)" + END);

  /** The mention F/H or H/F on its own, or with its third mark (H/F/X, M/F/X); half a bracket is not a mention. */
  private static final Pattern SEX_MENTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}\\p{N}/(])(?:([FfHh])\\h?/\\h?([FfHh])|[Mm]\\h?/\\h?[Ff](?=\\h?/\\h?[Xx]))(?:\\h?/\\h?[Xx])?"
              + "(?![\\p{L}\\p{M}\\p{N}/)])");

  /**
   * Where the first F/H or H/F mention of {@code text} ends, bracketed or not, or -1: an ad's title
   * ends there ("Éducateur spécialisé (H/F) en CDI"), which the title recognition reads.
   */
  public static int sexMentionEnd(CharSequence text) {
    int end = -1;
    for (Pattern p : new Pattern[] {SEX_MENTION_BRACKETED, SEX_MENTION}) {
      var m = p.matcher(text);
      if (m.find() && (end < 0 || m.end() < end)) {
        end = m.end();
      }
    }
    return end;
  }

  /** Returns the edits for {@code text}, sorted and non-overlapping. */
  public List<Edit> edits(CharSequence text) {
    return edits(text, false);
  }

  /**
   * The same edits, found by trying the patterns at every position of the text, as a plain
   * {@code find} loop does: the reference the trigger shortcut is tested against.
   */
  List<Edit> editsTryingEveryStart(CharSequence text) {
    return edits(text, true);
  }

  private List<Edit> edits(CharSequence text, boolean everywhere) {
    List<Edit> candidates = new ArrayList<>();
    Start word = everywhere ? Start.EVERYWHERE : Start.WORD_BEFORE;
    Start spacedWord = everywhere ? Start.EVERYWHERE : Start.WORD_SPACE_BEFORE;
    collect(BRACKETS, "(", spacedWord, text, GenderFormNormalizer::brackets, candidates);
    collect(SEPARATED, "·•⋅.-", word, text, GenderFormNormalizer::separated, candidates);
    collect(SLASHED, "/", spacedWord, text, GenderFormNormalizer::slashed, candidates);
    collect(SEX_MENTION_BRACKETED, "(", everywhere ? Start.EVERYWHERE : Start.AT, text,
        GenderFormNormalizer::sexMention, candidates);
    collect(SEX_MENTION, "/", everywhere ? Start.EVERYWHERE : Start.LETTER_BEFORE, text,
        GenderFormNormalizer::sexMention, candidates);
    // Earliest first, then longest: "chargé(e)s" wins over any shorter form inside it.
    candidates.sort(
        Comparator.comparingInt(Edit::start)
            .thenComparing(Comparator.comparingInt(Edit::end).reversed()));
    List<Edit> edits = new ArrayList<>();
    int covered = 0;
    for (Edit e : candidates) {
      if (e.start() >= covered) {
        edits.add(e);
        covered = e.end();
      }
    }
    return edits;
  }

  /** Returns {@code text} with its gender forms folded; never longer than the input. */
  public String normalize(CharSequence text) {
    return apply(text, edits(text));
  }

  /** {@code text} with {@code edits} (in order, none overlapping) applied. */
  static String apply(CharSequence text, List<Edit> edits) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (Edit e : edits) {
      out.append(text, from, e.start()).append(e.replacement());
      from = e.end();
    }
    return out.append(text, from, text.length()).toString();
  }

  private interface Rule {
    /** Returns the edit for a match, or {@code null} if the match is not a gender form. */
    Edit apply(Matcher m);
  }

  /**
   * Where a pattern's match can start, given a char it must contain (its trigger): every match has
   * one, so the patterns are tried only there instead of at every position of the text, which cost
   * a tenth of a CV's whole match.
   */
  private enum Start {
    /** At the trigger: {@code (F/H)}. */
    AT,
    /** At the word right before the trigger: {@code chargé·e}. */
    WORD_BEFORE,
    /** At the word before the trigger, one horizontal space allowed between: {@code chargé (e)}. */
    WORD_SPACE_BEFORE,
    /** One or two chars before the trigger: {@code F/H}, {@code F / H}. */
    LETTER_BEFORE,
    /** Every position, triggers ignored (the reference scan). */
    EVERYWHERE
  }

  /**
   * Finds the matches of {@code pattern} as a scan with {@code find} from each accepted match's
   * end (or a rejected match's start + 1) would, but tries only the starts {@code start} allows
   * around each trigger char. Transparent bounds let the look-behinds see the text before a start.
   */
  private static void collect(Pattern pattern, String triggers, Start start, CharSequence text, Rule rule,
      List<Edit> into) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    for (int t = 0; t < text.length(); t++) {
      if (start != Start.EVERYWHERE && triggers.indexOf(text.charAt(t)) < 0) {
        continue;
      }
      for (int s : starts(text, t, start)) {
        if (s < from) {
          continue;
        }
        m.region(s, text.length());
        if (m.lookingAt()) {
          Edit e = rule.apply(m);
          if (e != null) {
            into.add(e);
            from = m.end();
          } else {
            from = s + 1; // a rejected match may hide a valid one that starts inside it
          }
        }
      }
    }
  }

  /** Candidate starts for a trigger at {@code t}, ascending. */
  private static int[] starts(CharSequence text, int t, Start start) {
    return switch (start) {
      case AT -> new int[] {t};
      case WORD_BEFORE -> new int[] {wordStart(text, t)};
      case WORD_SPACE_BEFORE ->
          new int[] {wordStart(text, t > 0 && isHorizontalSpace(text.charAt(t - 1)) ? t - 1 : t)};
      case LETTER_BEFORE -> new int[] {Math.max(0, t - 2), Math.max(0, t - 1)};
      case EVERYWHERE -> new int[] {t};
    };
  }

  /** The start of the run of letters and combining marks that ends at {@code end}. */
  private static int wordStart(CharSequence text, int end) {
    int i = end;
    while (i > 0) {
      int cp = Character.codePointBefore(text, i);
      if (!isLetterOrMark(cp)) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return i;
  }

  /** A char of the patterns' letter class, letters and combining marks. */
  private static boolean isLetterOrMark(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** A horizontal space, as java.util.regex defines its class. */
  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180e'
        || (c >= '\u2000' && c <= '\u200a') || c == '\u202f' || c == '\u205f' || c == '\u3000';
  }

  private static Edit brackets(Matcher m) {
    String word = m.group(1);
    String mark = m.group(3);
    String bracketedPlural = m.group(4);
    String plural = m.group(5);
    if (FeminineForms.isPluralEnding(word, mark)) {
      return bracketedPlural == null && plural == null ? keep(m, word) : null;
    }
    if (FeminineForms.isFeminineEnding(word, mark)) {
      boolean markPlural = FeminineForms.isPlural(mark);
      if (markPlural && (plural != null || bracketedPlural != null)) {
        return null;
      }
      String s = markPlural ? mark.substring(mark.length() - 1) : plural;
      if (bracketedPlural != null && !bracketedPlural.equalsIgnoreCase("s")) {
        return null;
      }
      return keep(m, word + (s != null ? s : bracketedPlural != null ? bracketedPlural : ""));
    }
    if (plural == null && bracketedPlural == null && FeminineForms.isFeminineOf(word, mark)) {
      return keep(m, word); // hôte(hôtesse), le(la)
    }
    return null;
  }

  private static Edit separated(Matcher m) {
    String word = m.group(1);
    String mark = m.group(3);
    String plural = m.group(4);
    if (sameCase(word, mark) && plural == null && pluralBothSides(word, mark)) {
      return keep(m, word); // accompagnateurs·trices: the masculine plural, then the feminine's
    }
    if (!sameCase(word, mark) || !FeminineForms.isFeminineEnding(word, mark)) {
      return null; // "l'accueil.Le" is a missing space, not "accueil·le"
    }
    boolean markPlural = FeminineForms.isPlural(mark);
    if (markPlural && plural != null) {
      return null;
    }
    String s = markPlural ? mark.substring(mark.length() - 1) : plural;
    return keep(m, word + (s != null ? s : ""));
  }

  /** A plural word and a plural mark whose singulars are a form: {@code accompagnateurs.trices}, {@code salariés·es}. */
  private static boolean pluralBothSides(String word, String mark) {
    char w = Character.toLowerCase(word.charAt(word.length() - 1));
    char k = Character.toLowerCase(mark.charAt(mark.length() - 1));
    return word.length() > 3 && mark.length() > 1 && (w == 's' || w == 'x') && k == 's'
        && FeminineForms.isFeminineEnding(word.substring(0, word.length() - 1), mark.substring(0, mark.length() - 1));
  }

  private static Edit slashed(Matcher m) {
    String left = m.group(1);
    String right = m.group(2);
    if (sameCase(left, right) && FeminineForms.isFeminineEnding(left, right)) {
      String s = FeminineForms.isPlural(right) ? right.substring(right.length() - 1) : "";
      return keep(m, left + s); // chargé/e, animateur/trices
    }
    if (FeminineForms.isFeminineOf(left, right)) {
      return keep(m, left);
    }
    if (FeminineForms.isFeminineOf(right, left)) {
      return keep(m, right); // Chargée / Chargé
    }
    return null;
  }

  private static Edit sexMention(Matcher m) {
    return m.group(1).equalsIgnoreCase(m.group(2)) ? null : keep(m, "");
  }

  private static Edit keep(Matcher m, String replacement) {
    return new Edit(m.start(), m.end(), replacement);
  }

  /** The mark is written in the case of the word's last letter: chargé·e, CHARGÉ·E. */
  private static boolean sameCase(String word, String mark) {
    boolean upper = Character.isUpperCase(word.charAt(word.length() - 1));
    for (int i = 0; i < mark.length(); i++) {
      char c = mark.charAt(i);
      if (Character.isLetter(c) && Character.isUpperCase(c) != upper) {
        return false;
      }
    }
    return true;
  }
}
