package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.index.IndexFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The indexed slicer against {@link AnalyzedSpan#slice}, its definition, on the benchmark's CV
 * analysed with the query chain (synonyms at the same position, elided words straddling a
 * phrase's start): every line, and random spans cutting through words.
 */
class SpanSlicerTest {
  @Test
  void slices_as_the_whole_analysis_does() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/bench/cv-one-page.txt"), StandardCharsets.UTF_8);
    try (PasserellesAnalyzer analyzer = PasserellesAnalyzer.forQuerying(Path.of("corpus/synonyms.txt"))) {
      AnalyzedSpan whole = AnalyzedSpan.of(analyzer, IndexFields.TEXT, text, new TextSpan(0, text.length(), text));
      SpanSlicer slicer = new SpanSlicer(whole);
      List<TextSpan> spans = new ArrayList<>();
      int lineStart = 0;
      for (String line : text.split("\n", -1)) {
        spans.add(new TextSpan(lineStart, lineStart + line.length(), line));
        lineStart += line.length() + 1;
      }
      Random random = new Random(11);
      for (int i = 0; i < 300; i++) {
        int start = random.nextInt(text.length());
        int end = Math.min(text.length(), start + random.nextInt(200));
        spans.add(new TextSpan(start, end, text.substring(start, end)));
      }
      spans.add(new TextSpan(0, text.length(), text));
      int nonEmpty = 0;
      for (TextSpan span : spans) {
        AnalyzedSpan expected = whole.slice(span);
        AnalyzedSpan actual = slicer.slice(span);
        assertEquals(expected, actual, span.toString());
        assertEquals(List.copyOf(expected.occurrences().keySet()), List.copyOf(actual.occurrences().keySet()), span.toString());
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertEquals(true, nonEmpty > 250, "most spans hold terms: " + nonEmpty);
    }
  }
}
