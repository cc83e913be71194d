package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.testing.Gen;
import fr.passerelles.testing.PropertyCheck;
import fr.passerelles.testing.Unicode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A cue's anchors only ever skip regexes that could not match: the answer is the regex's own. */
class CuePatternTest {

  @Test
  void anchors_are_the_required_literals_of_each_alternative() {
    assertEquals(Set.of("cdi", "temps ", "site", "euro", "€", "35"),
        CuePattern.compile("\\b(cdi|temps (plein|partiel)|sites?|(\\d[\\d\\s]*|k)\\s?(€|euros?)\\b|35\\s?h)").anchors());
    assertEquals(Set.of(" ans"), CuePattern.compile("\\d{2} ans\\b(?! d'experience)").anchors());
    assertEquals(Set.of("19", "20"), CuePattern.compile("\\b(19|20)\\d\\d\\b").anchors());
  }

  @Test
  void a_regex_with_an_alternative_of_classes_only_always_runs() {
    assertNull(CuePattern.compile("\\b(cdi|\\d+)").anchors());
    assertNull(CuePattern.of(Pattern.compile("cdi", Pattern.CASE_INSENSITIVE)).anchors());
    assertTrue(CuePattern.compile("\\b(cdi|\\d+)").find("35h"));
    assertEquals(Set.of("cdi", "h"), CuePattern.compile("\\b(cdi|\\d+h)").anchors());
  }

  @Test
  void every_line_cue_of_the_zone_tagger_has_anchors() {
    for (CuePattern cue : ZoneTagger.cues()) {
      assertNotNull(cue.anchors(), cue.pattern().pattern());
    }
    assertFalse(CuePattern.compile("\\b(cdi|cdd)\\b").mayMatch("gestion des dossiers"));
  }

  @Test
  void on_the_seeds_and_the_test_texts_every_cue_finds_what_its_regex_finds() throws IOException {
    int lines = 0;
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("../shared/seeds"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          for (String line : Files.readAllLines(file)) {
            String f = ZoneTagger.fold(line);
            for (CuePattern cue : ZoneTagger.cues()) {
              assertEquals(cue.pattern().matcher(f).find(), cue.find(f), cue.pattern() + " on " + f);
              assertEquals(cue.pattern().matcher(f).lookingAt(), cue.lookingAt(f), cue.pattern() + " on " + f);
            }
            lines++;
          }
        }
      }
    }
    assertTrue(lines > 5_000, lines + " lines");
  }

  @Test
  void any_mix_of_cue_words_finds_what_the_regex_finds() {
    PropertyCheck.forAll("any mix of cue words finds what the regex finds", 3000, lines(), line -> {
      for (CuePattern cue : ZoneTagger.cues()) {
        assertEquals(cue.pattern().matcher(line).find(), cue.find(line), cue.pattern().pattern());
      }
    });
  }

  private static Gen<String> lines() {
    List<String> words = new ArrayList<>();
    for (CuePattern cue : ZoneTagger.cues()) {
      words.addAll(cue.anchors());
    }
    words.addAll(List.of("2019", "12", "35", "1 800", "€", "h", "-", "–", "(", ")", "'", " ", "vous", "je", "gerez",
        "traite", "poste", "de", "a", "en", "plein", "demande", "h/f", "f/h", "aujourd'hui", "sur", "ans"));
    Gen<String> piece = Gen.oneOf(Gen.of(words), Unicode.stringsOf("abcdefghijklmnopqrstuvwxyz", 0, 3),
        Unicode.stringsOf(" 0123456789/-'€é", 0, 2));
    return piece.list(0, 12).map(list -> String.join("", list));
  }

  @Test
  void a_headings_marks_come_off_as_the_regexes_take_them() {
    PropertyCheck.forAll("a heading's marks come off as the regexes take them", 3000, marked(),
        line -> assertEquals(ZoneTagger.withoutMarksByRegex(line), ZoneTagger.withoutMarks(line)));
  }

  private static Gen<String> marked() {
    return Unicode.stringsOf(" \t\n\r\u0085\u2028\u2003:.!?•*#=_-ab", 0, 12);
  }
}
