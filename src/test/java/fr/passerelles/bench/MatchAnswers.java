package fr.passerelles.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.match.TextMatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every answer of the matcher, in full (scores, features, titles, evidence with its offsets and
 * strengths, zones, to the last bit of each double), for the texts the tests hold: the dev queries,
 * the evidence set's texts, the CVs and ads. A performance change must leave this file unchanged:
 * run it before and after, then diff. {@code bench/answers.sh OUT.txt}.
 */
public class MatchAnswers {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/answers.txt");
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    List<String[]> texts = texts(Path.of("src/test/resources"));
    MatchOptions[] options = {MatchOptions.DEFAULT, MatchOptions.DEFAULT.withType(SheetType.BRANCH),
        new MatchOptions(25, SheetType.ROME, null, 20), new MatchOptions(5, null, "K", 3)};
    try (Passerelles engine = Passerelles.open(new DataPaths(Path.of("corpus"), Optional.of(rome), Path.of("index/jmh")));
        PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      TextMatcher matcher = engine.textMatcher();
      for (String[] t : texts) {
        for (MatchOptions o : options) {
          String answer;
          try {
            answer = matcher.match(t[1], o).toString();
          } catch (NotFrenchException e) {
            answer = "not French: " + e.getMessage();
          }
          w.println(t[0] + " " + o + "\n" + answer);
        }
      }
    }
  }

  /** Name and text of every input, in a fixed order. */
  private static List<String[]> texts(Path resources) throws IOException {
    List<String[]> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(resources.resolve("eval/queries.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode q = json.readTree(line);
        out.add(new String[] {q.get("id").asText(), q.get("text").asText()});
      }
    }
    for (String dir : List.of("eval/evidence/texts", "nlp", "bench", "load", "people", "web")) {
      try (Stream<Path> files = Files.list(resources.resolve(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          out.add(new String[] {dir + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8)});
        }
      }
    }
    return out;
  }
}
