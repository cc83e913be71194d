package fr.passerelles.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus's labelled texts: what the matcher's vote reads. */
class LabelledTextsTest {
  @TempDir Path dir;

  @Test
  void theCorpusTextsAreLabelledWithItsOwnCodes() {
    List<LabelledText> texts = LabelledTexts.load(TestCorpus.dir());
    assertTrue(texts.size() >= 1000, "the blind sets' texts: " + texts.size());
    Corpus corpus = TestCorpus.load();
    for (LabelledText t : texts) {
      assertFalse(t.text().isBlank(), t.id());
      assertFalse(t.branch().isEmpty() && t.rome().isEmpty(), t.id() + " has a label");
      for (String code : t.branch()) {
        assertTrue(corpus.metier(code).isPresent() || corpus.sheet(code).isPresent(), t.id() + ": " + code);
      }
    }
    Set<String> sets = texts.stream().map(LabelledText::set).collect(Collectors.toSet());
    assertTrue(sets.contains("rs") && sets.contains("rs12"), "sets by id prefix: " + sets);
  }

  @Test
  void aSetIsTheIdWithoutItsLastPart() {
    assertEquals("rs12", LabelledText.setOf("rs12-d01"));
    assertEquals("rs", LabelledText.setOf("rs-a01"));
    assertEquals("t060", LabelledText.setOf("t060"));
  }

  @Test
  void aCorpusWithoutTheFileHasNoExamples() {
    assertEquals(List.of(), LabelledTexts.load(dir));
  }

  @Test
  void aMalformedOrDuplicateLineIsReportedWithItsNumber() throws IOException {
    Files.createDirectories(dir.resolve("examples"));
    String good = "{\"id\":\"rs-a01\",\"kind\":\"ad\",\"branch\":[\"0102\"],\"rome\":[],\"text\":\"Chargé d'assistance\"}";
    Files.writeString(dir.resolve(LabelledTexts.FILE), good + "\n{\"id\":\"rs-a02\",\n");
    CorpusException bad = assertThrows(CorpusException.class, () -> LabelledTexts.load(dir));
    assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
    Files.writeString(dir.resolve(LabelledTexts.FILE), good + "\n" + good + "\n");
    CorpusException twice = assertThrows(CorpusException.class, () -> LabelledTexts.load(dir));
    assertTrue(twice.getMessage().contains("duplicate id rs-a01"), twice.getMessage());
  }
}
