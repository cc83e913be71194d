package fr.passerelles.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** {@code analysis/vocabulary.tsv}: what the index chain makes of the branch's own words. */
public class VocabularyGoldenTest extends BaseTokenStreamTestCase {

  private static final String FILE = "/analysis/vocabulary.tsv";

  @Test
  public void index_chain_matches_the_golden_vocabulary() throws Exception {
    try (Analyzer analyzer = PasserellesAnalyzer.forIndexing()) {
      check(analyzer, FILE, 100);
    }
  }

  /** {@code analysis/vocabulary-conflation.tsv}: the same chain with derivational conflation on. */
  @Test
  public void conflating_chain_matches_its_golden_vocabulary() throws Exception {
    try (Analyzer analyzer = PasserellesAnalyzer.builder().conflation(true).build()) {
      check(analyzer, "/analysis/vocabulary-conflation.tsv", 40);
    }
  }

  private static void check(Analyzer analyzer, String file, int minRows) throws IOException {
    List<String> mismatches = new ArrayList<>();
    int rows = 0;
    try (BufferedReader reader = open(file)) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.indexOf('\t');
        assertTrue("line " + lineNumber + " has no tab: " + line, tab > 0);
        String input = line.substring(0, tab);
        String expected = line.substring(tab + 1);
        String actual = String.join(" ", terms(analyzer, input));
        if (!expected.equals(actual)) {
          mismatches.add(lineNumber + ": " + input + "\texpected [" + expected + "] got [" + actual + "]");
        }
        rows++;
      }
    }
    assertTrue("too few rows: " + rows, rows >= minRows);
    assertEquals(String.join("\n", mismatches), 0, mismatches.size());
  }

  private static BufferedReader open(String file) {
    InputStream in = VocabularyGoldenTest.class.getResourceAsStream(file);
    assertNotNull("missing test resource " + file, in);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }
}
