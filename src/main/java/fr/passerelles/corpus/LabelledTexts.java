package fr.passerelles.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code examples/labelled-texts.jsonl} of a corpus folder: one {@link LabelledText} per line.
 * Optional: a corpus without it has no examples, and matching reads no neighbours.
 */
public final class LabelledTexts {
  /** The file, relative to the corpus folder. */
  public static final String FILE = "examples/labelled-texts.jsonl";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private LabelledTexts() {}

  /** The corpus's labelled texts, in file order; none when the file is absent. */
  public static List<LabelledText> load(Path corpusDir) {
    Path file = corpusDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new CorpusException(new CorpusProblem(FILE, "$", "cannot read file: " + e), e);
    }
    List<LabelledText> texts = new ArrayList<>(lines.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      LabelledText t;
      try {
        t = MAPPER.readValue(lines.get(i), LabelledText.class);
      } catch (JsonProcessingException e) {
        throw new CorpusException(new CorpusProblem(FILE, "line " + (i + 1), "malformed: " + e.getOriginalMessage()), e);
      }
      if (t.id() == null || t.text() == null || t.text().isBlank()) {
        throw new CorpusException(new CorpusProblem(FILE, "line " + (i + 1), "an id and a text are required"), null);
      }
      if (!ids.add(t.id())) {
        throw new CorpusException(new CorpusProblem(FILE, "line " + (i + 1), "duplicate id " + t.id()), null);
      }
      texts.add(t);
    }
    return List.copyOf(texts);
  }
}
