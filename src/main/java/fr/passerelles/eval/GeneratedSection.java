package fr.passerelles.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces the text between {@code <!-- generated:NAME -->} and {@code <!-- /generated:NAME -->}
 * in a Markdown file, so reported figures are written by the program that measured them.
 */
public final class GeneratedSection {
  private GeneratedSection() {}

  public static void write(Path file, String name, String content) throws IOException {
    String begin = "<!-- generated:" + name + " -->";
    String end = "<!-- /generated:" + name + " -->";
    String doc = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    int b = doc.indexOf(begin);
    int e = doc.indexOf(end);
    String block = begin + "\n" + content.strip() + "\n" + end;
    String updated = b >= 0 && e > b
        ? doc.substring(0, b) + block + doc.substring(e + end.length())
        : doc + (doc.isEmpty() || doc.endsWith("\n") ? "" : "\n") + "\n" + block + "\n";
    Files.writeString(file, updated, StandardCharsets.UTF_8);
  }
}
