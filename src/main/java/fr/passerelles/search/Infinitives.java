package fr.passerelles.search;

import fr.passerelles.analysis.FrenchLexicon;
import java.util.Locale;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether a query word is an infinitive, read in LanguageTool's French lexicon (the one the
 * analysis chain's derivational conflation reads and shares, {@link FrenchLexicon}): a tag
 * {@code V … inf} among its readings ("parler", also a noun, is one; "planning" is not).
 */
final class Infinitives {
  private Infinitives() {}

  static boolean is(String word) {
    if (word.length() < 3) {
      return false;
    }
    // a lookup holds buffers: one per call, the dictionary itself is shared and immutable
    for (WordData w : new DictionaryLookup(FrenchLexicon.dictionary()).lookup(word.toLowerCase(Locale.ROOT))) {
      CharSequence tag = w.getTag();
      if (tag != null && tag.length() > 2 && tag.charAt(0) == 'V' && tag.toString().contains(" inf")) {
        return true;
      }
    }
    return false;
  }
}
