package fr.passerelles.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The stop set of the chain: Lucene's French default, the few grammatical words of {@value
 * #EXTRA_FILE}, and the unaccented spelling of each ({@code meme}, {@code etaient}, {@code ou}),
 * since CVs are often typed without accents.
 */
final class FrenchStopWords {

  /** Classpath resource, next to this class, in Snowball format. */
  static final String EXTRA_FILE = "stopwords-extra.txt";

  private static final CharArraySet DEFAULT = build();

  private FrenchStopWords() {}

  /** Returns the unmodifiable default set, lower-case, accented and unaccented. */
  static CharArraySet get() {
    return DEFAULT;
  }

  private static CharArraySet build() {
    CharArraySet words = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), false);
    words.addAll(readExtra());
    CharArraySet withFolded = new CharArraySet(words, false);
    for (Object word : words) {
      withFolded.add(fold((char[]) word));
    }
    return CharArraySet.unmodifiableSet(withFolded);
  }

  private static CharArraySet readExtra() {
    try (InputStream in = FrenchStopWords.class.getResourceAsStream(EXTRA_FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + EXTRA_FILE);
      }
      return WordlistLoader.getSnowballWordSet(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stop words " + EXTRA_FILE, e);
    }
  }

  private static String fold(char[] word) {
    char[] out = new char[word.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(word, 0, out, 0, word.length);
    return new String(out, 0, length);
  }
}
