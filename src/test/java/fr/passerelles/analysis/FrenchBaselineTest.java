package fr.passerelles.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** The evaluation baseline is Lucene's FrenchAnalyzer, and shows what our chain fixes. */
public class FrenchBaselineTest extends BaseTokenStreamTestCase {

  @Test
  public void analyzes_exactly_as_lucenes_french_analyzer() throws Exception {
    try (Analyzer baseline = new FrenchBaseline();
        Analyzer stock = new FrenchAnalyzer()) {
      for (String text :
          List.of(
              "Chargé(e) d'assistance",
              "Médecin régulateur(trice) F/H",
              "l’accueil téléphonique des bénéficiaires",
              "Où sont les plateaux ?")) {
        assertEquals(text, terms(stock, text), terms(baseline, text));
      }
    }
  }

  @Test
  public void leaves_the_stray_tokens_our_chain_removes() throws Exception {
    try (Analyzer baseline = new FrenchBaseline()) {
      assertAnalyzesTo(
          baseline,
          "Chargé(e) d'assistance",
          new String[] {"charg", "e", "asistanc"},
          new int[] {0, 7, 10},
          new int[] {6, 8, 22});
      assertAnalyzesTo(
          baseline, "régulateur(trice) (f/h)", new String[] {"regul", "tric", "f", "h"});
      assertAnalyzesTo(
          baseline, "superviseur/superviseuse", new String[] {"superviseu", "superviseu"});
      // U+02BC is a letter for Unicode: no elision, the article stays glued.
      checkOneTerm(baseline, "dʼurgence", "dʼurgenc");
      // Without folding, "etait" (était typed without accent) is no stop word.
      assertAnalyzesTo(baseline, "il etait", new String[] {"etait"});
    }
  }

  @Test
  public void analyzes_empty_input_to_nothing() throws Exception {
    try (Analyzer baseline = new FrenchBaseline()) {
      assertAnalyzesTo(baseline, "", new String[0]);
    }
  }

  @Test
  public void survives_random_text() throws Exception {
    try (Analyzer baseline = new FrenchBaseline()) {
      checkRandomData(random(), baseline, 100 * RANDOM_MULTIPLIER);
    }
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
