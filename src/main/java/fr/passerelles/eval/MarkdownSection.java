package fr.passerelles.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces one {@code ## heading} section of a Markdown file (up to the next {@code ## } heading)
 * and leaves the rest as it is: several evaluations write their own sections of the same page.
 */
public final class MarkdownSection {
  private MarkdownSection() {}

  /** The text with the section replaced, or appended when absent. */
  public static String replace(String text, String heading, String body) {
    String marker = "## " + heading + "\n";
    String section = marker + "\n" + body.strip() + "\n";
    int start = text.startsWith(marker) ? 0 : text.indexOf("\n" + marker);
    if (start < 0) {
      String base = text.isEmpty() || text.endsWith("\n\n") ? text : text.endsWith("\n") ? text + "\n" : text + "\n\n";
      return base + section;
    }
    if (start > 0) {
      start++; // keep the newline before the heading
    }
    int next = text.indexOf("\n## ", start + marker.length() - 1);
    String rest = next < 0 ? "" : "\n" + text.substring(next + 1);
    return text.substring(0, start) + section + rest;
  }

  /** Rewrites {@code file}'s section, creating the file with {@code title} when absent. */
  public static void write(Path file, String title, String heading, String body) throws IOException {
    String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# " + title + "\n\n";
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, replace(text, heading, body), StandardCharsets.UTF_8);
  }
}
