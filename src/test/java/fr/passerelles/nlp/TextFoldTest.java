package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The table-driven fold gives the reference fold (normalizer and regexes) for every text. */
class TextFoldTest {

  @Test
  void every_char_alone_and_between_words_folds_as_the_reference() {
    for (int c = 0; c <= 0xFFFF; c++) {
      for (String text : List.of(String.valueOf((char) c), "Ab" + (char) c + "Cd", " \t" + (char) c + " \u00a0É ")) {
        assertEquals(TextFold.slowFold(text), TextFold.fold(text), String.format("U+%04X in %s", c, text));
      }
    }
  }

  @Test
  void the_lines_of_the_seeds_and_the_corpus_fold_as_the_reference() throws IOException {
    int lines = 0;
    for (Path root : List.of(Path.of("corpus"), Path.of("../shared/seeds"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".json")).toList()) {
          for (String line : Files.readAllLines(file)) {
            assertEquals(TextFold.slowFold(line), TextFold.fold(line), line);
            lines++;
          }
        }
      }
    }
    assertTrue(lines > 10_000, lines + " lines");
  }

  @Test
  void folds_case_accents_apostrophes_and_spaces() {
    assertEquals("charge(e) d'assistance medicale – cdi", TextFold.fold("  Chargé(e)  d’Assistance\u00a0Médicale – CDI\n"));
    assertEquals("œuvre a l'ete", TextFold.fold("ŒUVRE À L'ÉTÉ"));
  }

  @Property(tries = 2000)
  void any_text_folds_as_the_reference(@ForAll("texts") String text) {
    assertEquals(TextFold.slowFold(text), TextFold.fold(text));
  }

  @Provide
  Arbitrary<String> texts() {
    // French letters and punctuation, spaces of every kind, marks, Greek (context-dependent sigma)
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range(' ', '~'),
        Arbitraries.chars().range('\u00a0', '\u024f'),
        Arbitraries.chars().range('\u2000', '\u20cf'),
        Arbitraries.chars().range('\u0300', '\u036f'),
        Arbitraries.chars().range('\u0391', '\u03c9'),
        Arbitraries.of('\t', '\n', '\r', '\u000b', '\f', '\u202f', '\u3000', '\ud83d', '\ude00'));
    return chars.list().ofMaxSize(40).map(list -> {
      StringBuilder b = new StringBuilder();
      list.forEach(b::append);
      return b.toString();
    });
  }
}
