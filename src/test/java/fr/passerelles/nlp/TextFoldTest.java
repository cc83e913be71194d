package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.testing.Gen;
import fr.passerelles.testing.PropertyCheck;
import fr.passerelles.testing.Unicode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

  @Test
  void any_text_folds_as_the_reference() {
    PropertyCheck.forAll("any text folds as the reference", 2000, texts(),
        text -> assertEquals(TextFold.slowFold(text), TextFold.fold(text)));
  }

  private static Gen<String> texts() {
    // French letters and punctuation, spaces of every kind, marks, Greek (context-dependent sigma)
    Gen<Character> ascii = Gen.chars(' ', '~');
    Gen<Character> latin = Gen.chars('\u00a0', '\u024f');
    Gen<Character> punctuation = Gen.chars('\u2000', '\u20cf');
    Gen<Character> chars = Gen.oneOf(ascii, latin, punctuation,
        Gen.chars('\u0300', '\u036f'),
        Gen.chars('\u0391', '\u03c9'),
        Unicode.charsOf("\t\n\r\u000b\f\u202f\u3000\ud83d\ude00"));
    // one char outside the fold's tables sends the whole text to the reference path: half the texts stay inside
    Gen<Character> tabled = Gen.oneOf(ascii, latin, punctuation, Unicode.charsOf("\t\n\r\u000b\f\u202f"));
    return Gen.oneOf(Gen.strings(chars, 0, 40), Gen.strings(tabled, 0, 40))
        .withEdgeCases(List.of("", " ", "\u00a0", "ΟΣ", "Σ", "\ud83d\ude00", "e\u0301"));
  }
}
