package fr.passerelles.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's French morphological lexicon ({@code org.languagetool:french-pos-dict}, CC BY-SA
 * 4.0): every inflected form with its lemma, part-of-speech tag and a frequency class, as a
 * Morfologik FSA. Loaded once from the class path (1.1 MB); the {@link Dictionary} is immutable
 * and shared, each reader takes its own {@link morfologik.stemming.DictionaryLookup}.
 */
public final class FrenchLexicon {
  static final String RESOURCE = "/org/languagetool/resource/fr/french.dict";

  private FrenchLexicon() {}

  public static Dictionary dictionary() {
    return Holder.DICTIONARY;
  }

  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      URL url = FrenchLexicon.class.getResource(RESOURCE);
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
