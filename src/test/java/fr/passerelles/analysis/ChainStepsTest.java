package fr.passerelles.analysis;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** The ablation's variants: each removes exactly its own step and leaves the others as they are. */
public class ChainStepsTest extends BaseTokenStreamTestCase {

  private static PasserellesAnalyzer with(PasserellesAnalyzer.Steps steps) {
    return PasserellesAnalyzer.builder().steps(steps).build();
  }

  @Test
  public void all_steps_is_the_default_chain() throws Exception {
    try (PasserellesAnalyzer built = with(PasserellesAnalyzer.Steps.ALL);
        PasserellesAnalyzer plain = PasserellesAnalyzer.forIndexing()) {
      assertEquals(PasserellesAnalyzer.Steps.ALL, plain.steps());
      for (String text : new String[] {"Chargé(e) d’assistance (F/H)", "afin de gérer l'hôte", "œuvre"}) {
        assertAnalyzesTo(built, text, terms(plain, text));
      }
    }
  }

  @Test
  public void without_gender_forms_the_marks_become_tokens() throws Exception {
    try (Analyzer a = with(new PasserellesAnalyzer.Steps(true, false, true, true))) {
      assertAnalyzesTo(a, "Chargé(e) d'assistance", new String[] {"charg", "e", "asistanc"},
          new int[] {0, 7, 10}, new int[] {6, 8, 22});
      assertAnalyzesTo(a, "Juriste (f/h)", new String[] {"jurist", "f", "h"});
    }
  }

  @Test
  public void without_apostrophes_a_pdf_apostrophe_is_no_elision() throws Exception {
    try (Analyzer a = with(new PasserellesAnalyzer.Steps(false, true, true, true))) {
      // ʼ (U+02BC) is a letter to the tokenizer: one word, never elided
      checkOneTerm(a, "dʼassistance", "dʼasistanc");
      // ’ is elided by the stock elision filter anyway: the char filter only matters for ʼ ´ `
      checkOneTerm(a, "d’urgence", "urgenc");
    }
  }

  @Test
  public void with_the_stock_stop_list_the_extra_grammatical_words_stay() throws Exception {
    try (Analyzer stock = with(new PasserellesAnalyzer.Steps(true, true, false, true));
        Analyzer project = PasserellesAnalyzer.forIndexing()) {
      assertAnalyzesTo(stock, "afin de gérer", new String[] {"afin", "ger"});
      assertAnalyzesTo(project, "afin de gérer", new String[] {"ger"});
      // unaccented spellings are only in the project's set
      assertAnalyzesTo(stock, "meme", new String[] {"meme"});
      assertAnalyzesTo(project, "meme", new String[0]);
    }
  }

  @Test
  public void without_folding_short_words_keep_their_accents() throws Exception {
    try (Analyzer a = with(new PasserellesAnalyzer.Steps(true, true, true, false))) {
      // the light stemmer folds the words it stems (longer than four letters) itself
      checkOneTerm(a, "hôte", "hôte");
      checkOneTerm(a, "œuvre", "œuvr");
      checkOneTerm(a, "véhicule", "vehicul");
    }
  }

  @Test
  public void snowball_stems_harder_than_the_light_stemmer() throws Exception {
    try (Analyzer a = PasserellesAnalyzer.forIndexing(StemmerVariant.SNOWBALL)) {
      checkOneTerm(a, "assistance", "assist");
      checkOneTerm(a, "chargé(e)s", "charg");
      checkOneTerm(a, "réclamations", "reclam");
      checkRandomData(random(), a, 100 * RANDOM_MULTIPLIER);
    }
  }

  @Test
  public void without_synonyms_keeps_the_steps_and_drops_the_synonyms() throws Exception {
    Path synonyms = PasserellesAnalyzerTest.synonymsFile();
    PasserellesAnalyzer.Steps steps = new PasserellesAnalyzer.Steps(true, false, true, true);
    try (PasserellesAnalyzer query = PasserellesAnalyzer.builder().steps(steps).synonyms(synonyms).build();
        PasserellesAnalyzer index = query.withoutSynonyms()) {
      assertTrue(query.hasSynonyms());
      assertFalse(index.hasSynonyms());
      assertEquals(steps, index.steps());
      assertAnalyzesTo(index, "RH", new String[] {"rh"});
      assertAnalyzesTo(index, "Chargé(e)", new String[] {"charg", "e"});
    }
  }

  private static String[] terms(Analyzer a, String text) throws Exception {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (var ts = a.tokenStream("f", text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out.toArray(String[]::new);
  }
}
