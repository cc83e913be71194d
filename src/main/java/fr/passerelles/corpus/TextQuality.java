package fr.passerelles.corpus;

import java.util.Optional;
import java.util.regex.Pattern;

/** Detects the PDF artefacts the transcription must have repaired. */
final class TextQuality {
  private static final Pattern PAGE_FOOTER = Pattern.compile("Version du \\d+ \\w+ \\d{4}");

  private TextQuality() {}

  /** The first artefact found in {@code text}, if any. */
  static Optional<String> problem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("empty text");
    }
    if (!text.equals(text.strip())) {
      return Optional.of("leading or trailing whitespace");
    }
    if (text.contains("  ")) {
      return Optional.of("double space");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        return Optional.of("replacement character U+FFFD (lost ligature?) at " + i);
      }
      if (c == '\u02BC' || c == '\u2019' || c == '\u2018') {
        return Optional.of("typographic apostrophe U+" + hex(c) + " at " + i + " (write ')");
      }
      if (c >= '\uE000' && c <= '\uF8FF') {
        return Optional.of("private-use glyph U+" + hex(c) + " at " + i);
      }
      if (Character.isISOControl(c)) {
        return Optional.of("control character U+" + hex(c) + " at " + i);
      }
    }
    if (PAGE_FOOTER.matcher(text).find()) {
      return Optional.of("page footer left in the text");
    }
    return Optional.empty();
  }

  private static String hex(char c) {
    return String.format(java.util.Locale.ROOT, "%04X", (int) c);
  }
}
