package fr.passerelles.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Text copied from web pages and PDFs carries chars nobody sees: a soft hyphen or a zero-width
 * space inside a word ({@code assis\u00ADtance}, {@code assis\u200Btance}) split or glue its term,
 * and a narrow no-break space between two words ({@code Gestionnaire\u202Fsinistres}, French
 * typography's thin space) makes one token of both, since the tokenizer reads it as a joiner. This
 * char filter deletes the invisible format chars and turns every Unicode space into a plain space,
 * before any other step; deletions keep the offsets in the user's text ({@link MappingCharFilter}).
 */
public final class InvisibleChars {
  /** Deleted: soft hyphen, zero-width space, non-joiner, joiner, word joiner, byte-order mark. */
  static final String DELETED = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";

  /** Read as a space: no-break, en to hair spaces, narrow no-break, medium mathematical, ideographic. */
  static final String SPACES = "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000";

  private static final NormalizeCharMap MAP = map();

  private InvisibleChars() {}

  private static NormalizeCharMap map() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (char c : DELETED.toCharArray()) {
      b.add(String.valueOf(c), "");
    }
    for (char c : SPACES.toCharArray()) {
      b.add(String.valueOf(c), " ");
    }
    return b.build();
  }

  /** The reader with invisible chars deleted and Unicode spaces made plain. */
  public static Reader filter(Reader reader) {
    return new MappingCharFilter(MAP, reader);
  }
}
