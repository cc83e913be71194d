package fr.passerelles.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** The filter alone, after a tokenizer and lower-casing, and in the whole chain. */
public class DerivationalConflationFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer conflating(CharArraySet keywords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        if (!keywords.isEmpty()) {
          result = new SetKeywordMarkerFilter(result, keywords);
        }
        return new TokenStreamComponents(source, new DerivationalConflationFilter(result));
      }
    };
  }

  @Test
  public void adds_the_verb_at_the_position_and_offsets_of_the_noun() throws Exception {
    try (Analyzer a = conflating(CharArraySet.EMPTY_SET)) {
      assertAnalyzesTo(a, "Gestion des réclamations",
          new String[] {"gestion", "gérer", "des", "réclamations", "réclamer"},
          new int[] {0, 0, 8, 12, 12},
          new int[] {7, 7, 11, 24, 24},
          new String[] {"<ALPHANUM>", DerivationalConflationFilter.TYPE, "<ALPHANUM>", "<ALPHANUM>",
              DerivationalConflationFilter.TYPE},
          new int[] {1, 0, 1, 1, 0});
      assertAnalyzesTo(a, "Gère les réclamations",
          new String[] {"gère", "gérer", "les", "réclamations", "réclamer"},
          new int[] {0, 0, 5, 9, 9},
          new int[] {4, 4, 8, 21, 21},
          new int[] {1, 0, 1, 1, 0});
    }
  }

  @Test
  public void conflates_branch_words() throws Exception {
    String[][] table = {
      {"suivi", "suivi suivre"},
      {"mise", "mise mettre"},
      {"réception", "réception recevoir réceptionner"},
      {"réceptionne", "réceptionne réceptionner"},
      {"organisation", "organisation organiser"},
      {"planification", "planification planifier"},
      {"régulation", "régulation réguler"},
      {"dépannage", "dépannage dépanner"},
      {"rapatriement", "rapatriement rapatrier"},
      {"assistance", "assistance assister"},
      {"véhicule", "véhicule"},
      {"anglais", "anglais"},
    };
    try (Analyzer a = conflating(CharArraySet.EMPTY_SET)) {
      for (String[] row : table) {
        assertEquals(row[0], row[1], String.join(" ", terms(a, row[0])));
      }
    }
  }

  @Test
  public void leaves_keywords_alone() throws Exception {
    try (Analyzer a = conflating(new CharArraySet(List.of("gestion"), false))) {
      assertAnalyzesTo(a, "gestion organisation",
          new String[] {"gestion", "organisation", "organiser"}, new int[] {1, 1, 0});
    }
  }

  @Test
  public void analyzes_empty_input_to_nothing() throws Exception {
    try (Analyzer a = conflating(CharArraySet.EMPTY_SET)) {
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  @Test
  public void survives_random_text() throws Exception {
    try (Analyzer a = conflating(CharArraySet.EMPTY_SET)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }

  @Test
  public void survives_random_long_text() throws Exception {
    try (Analyzer a = conflating(CharArraySet.EMPTY_SET)) {
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192);
    }
  }

  @Test
  public void factory_is_found_by_its_spi_name() throws Exception {
    TokenFilterFactory factory =
        TokenFilterFactory.forName(DerivationalConflationFilterFactory.NAME, new HashMap<>());
    assertTrue(factory instanceof DerivationalConflationFilterFactory);
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new java.io.StringReader("gestion"));
    assertTokenStreamContents(factory.create(tokenizer), new String[] {"gestion", "gérer"});
  }

  @Test
  public void factory_rejects_unknown_arguments() {
    Map<String, String> args = new HashMap<>(Map.of("bogusArg", "bogusValue"));
    IllegalArgumentException e = expectThrows(IllegalArgumentException.class,
        () -> new DerivationalConflationFilterFactory(args));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }

  @Test
  public void the_chain_makes_the_nominal_and_the_verbal_style_meet() throws Exception {
    try (Analyzer off = PasserellesAnalyzer.forIndexing();
        Analyzer on = PasserellesAnalyzer.builder().conflation(true).build()) {
      assertFalse(((PasserellesAnalyzer) off).hasConflation());
      assertTrue(((PasserellesAnalyzer) on).hasConflation());
      // off by default: the noun and the verb stay apart
      assertEquals(List.of("gestion", "reclam"), terms(off, "gestion des réclamations"));
      assertEquals(List.of("gere", "reclam"), terms(off, "Gère les réclamations"));
      // on: both give the verb's stem; a verb that stems like its word is not repeated
      assertAnalyzesTo(on, "gestion des réclamations", new String[] {"gestion", "ger", "reclam"},
          new int[] {0, 0, 12}, new int[] {7, 7, 24}, new int[] {1, 0, 2});
      assertAnalyzesTo(on, "Gère les réclamations", new String[] {"gere", "ger", "reclam"},
          new int[] {0, 0, 9}, new int[] {4, 4, 21}, new int[] {1, 0, 2});
      assertEquals(List.of("mise", "metr", "plac"), terms(on, "mise en place"));
      assertEquals(List.of("met", "metr", "plac"), terms(on, "Met en place"));
      assertEquals(List.of("suivi", "suivr", "dosi"), terms(on, "suivi des dossiers"));
      assertEquals(List.of("suit", "suivr", "dosi"), terms(on, "Suit les dossiers"));
    }
  }

  @Test
  public void the_chain_with_conflation_survives_random_text() throws Exception {
    try (Analyzer on = PasserellesAnalyzer.builder().conflation(true).build()) {
      checkRandomData(random(), on, 100 * RANDOM_MULTIPLIER);
    }
  }

  static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }
}
