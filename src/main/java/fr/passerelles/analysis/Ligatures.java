package fr.passerelles.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Text extracted from a PDF often keeps the font's typographic ligatures as single chars
 * ({@code certi\uFB01cation}, {@code con\uFB01ance}, {@code e\uFB03cace}): the tokenizer reads them as
 * letters, so the word matches nothing. This char filter writes each ligature of the Alphabetic
 * Presentation Forms block as its letters ({@code œ} and {@code æ} are letters of French and stay,
 * for the folding after the stemmer); the offsets stay those of the user's text ({@link
 * MappingCharFilter}).
 */
public final class Ligatures {
  /** Each ligature of U+FB00–U+FB06 and the letters it stands for. */
  static final String[][] LETTERS = {
    {"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"}, {"\uFB03", "ffi"}, {"\uFB04", "ffl"}, {"\uFB05", "st"}, {"\uFB06", "st"}
  };

  private static final NormalizeCharMap MAP = map();

  private Ligatures() {}

  private static NormalizeCharMap map() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (String[] l : LETTERS) {
      b.add(l[0], l[1]);
    }
    return b.build();
  }

  /** The reader with the typographic ligatures written as their letters. */
  public static Reader filter(Reader reader) {
    return new MappingCharFilter(MAP, reader);
  }
}
