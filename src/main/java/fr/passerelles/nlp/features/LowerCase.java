package fr.passerelles.nlp.features;

import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's {@link StringUtil#toLowerCase} (code point by code point, no locale) without its
 * stream: the POS features lower-case every token six times, and the stream version took a tenth of
 * a CV's tagging. Same result for every string (the model's features must not change).
 */
final class LowerCase {
  private LowerCase() {}

  static String of(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        return StringUtil.toLowerCase(s); // rare: keep OpenNLP's code point arithmetic
      }
      int lower = Character.toLowerCase((int) c);
      if (lower != c) {
        if (lower > Character.MAX_VALUE) {
          return StringUtil.toLowerCase(s);
        }
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = (char) lower;
      }
    }
    return out == null ? s : new String(out);
  }
}
