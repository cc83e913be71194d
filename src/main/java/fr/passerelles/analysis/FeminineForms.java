package fr.passerelles.analysis;

import java.util.Locale;
import java.util.Map;

/**
 * French gender morphology, just enough to recognise a feminine mark next to a masculine word:
 * bound endings ({@code technicien(ne)}) and full feminine words ({@code superviseur/superviseuse}).
 *
 * <p>Every check pairs the mark with the ending of the word, so that ordinary text such as {@code
 * client/bénéficiaire} or {@code donne-le} is never taken for a gender form. Comparisons ignore
 * case. Pure: no Lucene types.
 */
final class FeminineForms {

  /** Feminine words that no ending rule derives from their masculine. */
  private static final Map<String, String> IRREGULAR =
      Map.of(
          "il", "elle",
          "ils", "elles",
          "le", "la",
          "celui", "celle",
          "ceux", "celles");

  private FeminineForms() {}

  /**
   * Returns {@code true} if {@code mark} is a feminine ending written after {@code word}, with an
   * optional plural {@code s}: {@code (e)}, {@code (es)}, {@code (ne)}, {@code (trice)}, {@code
   * ·rice}, {@code (ve)}, {@code (ère)}… Plural marks alone ({@code (s)}) are not feminine marks.
   */
  static boolean isFeminineEnding(String word, String mark) {
    String w = lower(word);
    String m = lower(mark);
    if (isSingularEnding(w, m)) {
      return true;
    }
    return m.length() > 1 && m.endsWith("s") && isSingularEnding(w, m.substring(0, m.length() - 1));
  }

  /** Returns {@code true} if {@code mark} ends in the plural {@code s}. */
  static boolean isPlural(String mark) {
    return mark.length() > 1 && (mark.endsWith("s") || mark.endsWith("S"));
  }

  /** Returns {@code true} if {@code mark} is a plural mark valid after {@code word}: s, or x. */
  static boolean isPluralEnding(String word, String mark) {
    String w = lower(word);
    return switch (lower(mark)) {
      case "s" -> true;
      case "x" -> w.endsWith("au") || w.endsWith("eu") || w.endsWith("ou");
      default -> false;
    };
  }

  /**
   * Returns {@code true} if {@code feminine} is the feminine of {@code masculine}, both singular
   * or both plural: chargé/chargée, superviseur/superviseuse, animateur/animatrice,
   * technicien/technicienne, infirmier/infirmière, administratif/administrative, hôte/hôtesse,
   * il/elle.
   */
  static boolean isFeminineOf(String masculine, String feminine) {
    String m = lower(masculine);
    String f = lower(feminine);
    if (m.length() < 2 || m.equals(f)) {
      return false;
    }
    if (isSingularFeminineOf(m, f)) {
      return true;
    }
    if (f.endsWith("s") && f.length() > 2) {
      String fs = f.substring(0, f.length() - 1);
      if (m.endsWith("s") && isSingularFeminineOf(m.substring(0, m.length() - 1), fs)) {
        return true;
      }
      return m.endsWith("x") && isSingularFeminineOf(m, fs); // heureux/heureuses
    }
    return false;
  }

  private static boolean isSingularEnding(String w, String m) {
    if (w.length() < 2) {
      return false;
    }
    return switch (m) {
      case "e" -> true; // also after a dropped accent: "CHARGE(E)"
      case "é" -> w.endsWith("é"); // "Chargé(é)", a typo of the seeds
      case "ne" -> w.endsWith("n");
      case "le" -> w.endsWith("l");
      case "te" -> w.endsWith("t");
      case "fe" -> w.endsWith("f"); // chef(fe)
      case "ve" -> w.endsWith("f");
      case "se" -> w.endsWith("x") || w.endsWith("s") || w.endsWith("eur");
      case "sse" -> w.endsWith("e"); // hôte(sse)
      case "trice", "rice" -> w.endsWith("teur");
      case "euse" -> w.endsWith("eur");
      case "ère", "ere" -> w.endsWith("er");
      case "ière", "iere" -> w.endsWith("ier");
      default -> false;
    };
  }

  private static boolean isSingularFeminineOf(String m, String f) {
    if (f.equals(IRREGULAR.get(m)) || f.equals(m + "e")) {
      return true;
    }
    if (m.endsWith("er") && (f.equals(cut(m, 2) + "ère") || f.equals(cut(m, 2) + "ere"))) {
      return true;
    }
    if (m.endsWith("teur") && f.equals(cut(m, 4) + "trice")) {
      return true;
    }
    if (m.endsWith("eur") && f.equals(cut(m, 3) + "euse")) {
      return true;
    }
    if (m.endsWith("f") && f.equals(cut(m, 1) + "ve")) {
      return true;
    }
    if (m.endsWith("x") && f.equals(cut(m, 1) + "se")) {
      return true;
    }
    if (m.endsWith("e") && f.equals(m + "sse")) {
      return true;
    }
    char last = m.charAt(m.length() - 1);
    // technicien/technicienne, opérationnel/opérationnelle, muet/muette, gros/grosse
    return "nlts".indexOf(last) >= 0 && f.equals(m + last + "e");
  }

  private static String cut(String s, int n) {
    return s.substring(0, s.length() - n);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
