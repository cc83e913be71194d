package fr.passerelles.analysis;

import java.util.List;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Words made of a bound prefix and a noun the lexicon has, read as the phrase the prefix stands
 * for: {@code télévente} is a {@code vente à distance} or {@code par téléphone}, {@code multitâche}
 * {@code plusieurs tâches}. Recruiters type the compound, the sheets the phrase ("Techniques de
 * vente par téléphone", "Gérer plusieurs tâches simultanément"). Only these two prefixes, whose
 * meaning is fixed; the base must be a noun of four letters or more in the lexicon (accents as
 * typed: {@code televente} gives {@code vente} too). No Lucene types; thread-safe (one lookup a
 * call, on the rare words that start with a prefix).
 */
public final class PrefixCompounds {
  /** Prefix (as typed, with and without its accent) → the phrases it stands for, {@code %s} the base. */
  private static final List<String[]> PREFIXES = List.of(
      new String[] {"télé", "%s à distance", "%s par téléphone"},
      new String[] {"tele", "%s à distance", "%s par téléphone"},
      new String[] {"multi", "plusieurs %s"});
  static final int MIN_BASE_LENGTH = 4;

  private PrefixCompounds() {}

  /** The phrases a prefixed word stands for; empty when it is no such compound. */
  public static List<String> paraphrases(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String[] p : PREFIXES) {
      String base = w.startsWith(p[0]) ? w.substring(p[0].length()).replaceFirst("^-", "") : "";
      if (base.length() >= MIN_BASE_LENGTH && isNoun(base)) {
        List<String> out = new java.util.ArrayList<>(p.length - 1);
        for (int i = 1; i < p.length; i++) {
          out.add(String.format(Locale.ROOT, p[i], base));
        }
        return List.copyOf(out);
      }
    }
    return List.of();
  }

  private static boolean isNoun(String base) {
    for (WordData wd : new DictionaryLookup(FrenchLexicon.dictionary()).lookup(base)) {
      CharSequence tag = wd.getTag();
      if (tag != null && tag.length() > 2 && tag.charAt(0) == 'N' && tag.charAt(1) == ' ') {
        return true;
      }
    }
    return false;
  }
}
