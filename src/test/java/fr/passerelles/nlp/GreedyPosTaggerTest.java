package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.testing.Gen;
import fr.passerelles.testing.PropertyCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class GreedyPosTaggerTest {

  private static final POSModel MODEL = NlpFixtures.models().posModel();
  private static final FrenchTokenizer TOKENIZER = new FrenchTokenizer();

  /** Every line of the seeds and the test texts, as the extractor gives them to the tagger. */
  static List<String[]> lines() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("../shared/seeds"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          for (String line : Files.readAllLines(file)) {
            List<Token> tokens = TOKENIZER.tokenize(line, 0, line.length());
            if (!tokens.isEmpty()) {
              out.add(ActionPhraseExtractor.taggerForms(tokens));
            }
          }
        }
      }
    }
    return out;
  }

  @Test
  void tags_the_seeds_and_the_test_texts_as_opennlp_does() throws IOException {
    GreedyPosTagger greedy = GreedyPosTagger.of(MODEL).orElseThrow();
    POSTaggerME reference = new POSTaggerME(MODEL, POSTagFormat.UD);
    int tokens = 0;
    for (String[] forms : lines()) {
      assertArrayEquals(reference.tag(forms), greedy.tag(forms), String.join(" ", forms));
      tokens += forms.length;
    }
    assertTrue(tokens > 50_000, tokens + " tokens");
  }

  @Test
  void tags_shuffled_and_cut_lines_as_opennlp_does() throws IOException {
    PropertyCheck.forAll("tags shuffled and cut lines as opennlp does", 300, mixedLines(), forms -> {
      GreedyPosTagger greedy = GreedyPosTagger.of(MODEL).orElseThrow();
      assertArrayEquals(new POSTaggerME(MODEL, POSTagFormat.UD).tag(forms), greedy.tag(forms), String.join(" ", forms));
    });
  }

  private static Gen<String[]> mixedLines() throws IOException {
    List<String> words = new ArrayList<>();
    for (String[] forms : lines().subList(0, 2_000)) {
      Collections.addAll(words, forms);
    }
    return Gen.of(words).list(1, 25).map(list -> list.toArray(String[]::new));
  }

  @Test
  void leaves_a_model_decoded_with_a_wider_beam_to_opennlp() throws IOException {
    POSModel published;
    try (var in = getClass().getClassLoader().getResourceAsStream(NlpModels.POS_MODEL)) {
      published = new POSModel(in);
    }
    assertTrue(GreedyPosTagger.of(published).isEmpty());
  }
}
