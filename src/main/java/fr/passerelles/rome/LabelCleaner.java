package fr.passerelles.rome;

/**
 * Repairs the export artefacts found in ROME labels and texts, so that the same label reads the
 * same whichever file (CSV or JSON) it comes from.
 *
 * <ul>
 *   <li>{@code ''} becomes {@code '}: {@code unix_texte} doubles every apostrophe (5,248 rows in v460).
 *   <li>C1 control characters are CP1252 bytes decoded as Latin-1 somewhere upstream. The letters
 *       among them are restored ({@code U+009C} is {@code œ}: "gros \u009Cuvre" in F1703's access
 *       text); the others are dropped ({@code U+0092}, a typographic apostrophe that sits right
 *       before a real one in savoir 404707, "l\u0092'étranger"). Other control characters are dropped.
 *   <li>{@code ¿} between two letters becomes {@code '}: the v459 export wrote typographic
 *       apostrophes as {@code ¿}, and objectif 6A3 still reads "Communiquer à l¿écrit" in v460.
 *   <li>Whitespace, including line breaks inside quoted CSV fields and no-break spaces, collapses
 *       to one space; the result is trimmed (objectif 2D3 ends with a space in the export).
 * </ul>
 */
final class LabelCleaner {
  private LabelCleaner() {}

  static String clean(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    int n = raw.length();
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (c == '\'' && i + 1 < n && raw.charAt(i + 1) == '\'') {
        i++;
      } else if (c >= '\u0080' && c <= '\u009F') {
        c = cp1252Letter(c);
        if (c == 0) {
          continue;
        }
      } else if (Character.getType(c) == Character.CONTROL) {
        continue;
      } else if (c == '¿' && i + 1 < n && out.length() > 0 && !pendingSpace
          && Character.isLetter(out.charAt(out.length() - 1)) && Character.isLetter(raw.charAt(i + 1))) {
        c = '\'';
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The letter that a C1 control stands for in CP1252, or 0 when it is not a letter. */
  private static char cp1252Letter(char c) {
    return switch (c) {
      case '\u008A' -> 'Š';
      case '\u008C' -> 'Œ';
      case '\u008E' -> 'Ž';
      case '\u009A' -> 'š';
      case '\u009C' -> 'œ';
      case '\u009E' -> 'ž';
      case '\u009F' -> 'Ÿ';
      default -> 0;
    };
  }
}
