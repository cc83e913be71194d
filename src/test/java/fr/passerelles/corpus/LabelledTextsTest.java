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
  void theExamplesAreTheBlindSetsTextsAsWritten() throws IOException {
    java.util.Map<String, LabelledText> sets = new java.util.HashMap<>();
    try (var files = Files.list(Path.of("src/test/resources/eval"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("real-style(-\\d+)?\\.jsonl")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            LabelledText t = new LabelledText(node.get("id").asText(), node.get("kind").asText(),
                strings(node.get("branch")), strings(node.get("rome")), node.get("text").asText());
            sets.put(t.id(), t);
          }
        }
      }
    }
    for (LabelledText t : LabelledTexts.load(TestCorpus.dir())) {
      assertEquals(sets.get(t.id()), t, t.id() + ": corpus/examples/collect.py copies it from its set unchanged");
    }
  }

  private static List<String> strings(com.fasterxml.jackson.databind.JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
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
