package fr.passerelles.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether a query word is an infinitive, read in LanguageTool's French lexicon (the one the
 * analysis chain's derivational conflation reads, {@code org.languagetool:french-pos-dict}): a tag
 * {@code V … inf} among its readings ("parler", also a noun, is one; "planning" is not).
 */
final class Infinitives {
  private static final String RESOURCE = "/org/languagetool/resource/fr/french.dict";

  private Infinitives() {}

  static boolean is(String word) {
    if (word.length() < 3) {
      return false;
    }
    // a lookup holds buffers: one per call, the dictionary itself is shared and immutable
    for (WordData w : new DictionaryLookup(Holder.DICTIONARY).lookup(word.toLowerCase(Locale.ROOT))) {
      CharSequence tag = w.getTag();
      if (tag != null && tag.length() > 2 && tag.charAt(0) == 'V' && tag.toString().contains(" inf")) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      URL url = Infinitives.class.getResource(RESOURCE);
      if (url == null) {
        throw new IllegalStateException("French lexicon " + RESOURCE + " missing from the class path");
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the French lexicon " + RESOURCE, e);
      }
    }
  }
}
