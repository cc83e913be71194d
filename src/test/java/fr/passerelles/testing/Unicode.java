package fr.passerelles.testing;

import java.util.ArrayList;
import java.util.List;

/** Generators of chars and strings over the whole UTF-16 range, with the awkward cases made likely. */
public final class Unicode {
  /** Chars that break text code: NUL, BOM, zero-width and bidi marks, odd line ends, non-characters. */
  private static final List<Character> SPECIALS = List.of('\u0000', '\u0085', '\u00a0', '\u00ad', '\u034f', '\u200b',
      '\u200d', '\u202e', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', '\ufffd', '\ufffe', '\uffff');

  /** Strings that break text code: empty, lone or reversed surrogates, a pair, a combining mark, CRLF. */
  private static final List<String> EDGE_STRINGS = List.of("", " ", "\u0000", "\ud800", "\udfff", "\udc00\ud800",
      "\ud83d\ude00", "e\u0301", "\r\n", "\ufeff", "\u202e", "\t\u000b\f");

  private Unicode() {
  }

  /**
   * Any UTF-16 code unit: mostly uniform over 0000–FFFF (so mostly CJK, Hangul, private use and
   * surrogates), with ASCII, control characters, lone surrogates and {@link #SPECIALS} made frequent.
   */
  public static Gen<Character> anyChar() {
    return Gen.<Character>frequency(
        Gen.weight(8, Gen.chars('\u0000', '\uffff')),
        Gen.weight(3, Gen.chars(' ', '~')),
        Gen.weight(1, Gen.oneOf(Gen.chars('\u0000', '\u001f'), Gen.chars('\u007f', '\u009f'))),
        Gen.weight(1, Gen.chars('\ud800', '\udfff')),
        Gen.weight(1, Gen.of(SPECIALS)));
  }

  /** Strings of {@link #anyChar()} of {@code min} to {@code max} chars, {@link #EDGE_STRINGS} mixed in. */
  public static Gen<String> anyString(int min, int max) {
    List<String> edges = new ArrayList<>();
    for (String s : EDGE_STRINGS) {
      if (s.length() >= min && s.length() <= max) {
        edges.add(s);
      }
    }
    Gen<String> strings = Gen.strings(anyChar(), min, max);
    return edges.isEmpty() ? strings : strings.withEdgeCases(edges);
  }

  /** Any char of {@code alphabet}, each as likely. */
  public static Gen<Character> charsOf(String alphabet) {
    List<Character> chars = new ArrayList<>();
    for (char c : alphabet.toCharArray()) {
      chars.add(c);
    }
    return Gen.of(chars);
  }

  /** Strings of {@code min} to {@code max} chars of {@code alphabet}; the empty string when allowed. */
  public static Gen<String> stringsOf(String alphabet, int min, int max) {
    Gen<String> strings = Gen.strings(charsOf(alphabet), min, max);
    return min == 0 ? strings.withEdgeCases(List.of("")) : strings;
  }
}
