package fr.passerelles.analysis;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.Test;

/** Concern 1 of the chain: typographic apostrophes, then elision. */
public class ApostropheCharFilterTest extends BaseTokenStreamTestCase {

  private Analyzer analyzer;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    analyzer =
        new Analyzer() {
          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return new ApostropheCharFilter(reader);
          }

          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            return new TokenStreamComponents(source, new LowerCaseFilter(result));
          }
        };
  }

  @Override
  public void tearDown() throws Exception {
    analyzer.close();
    super.tearDown();
  }

  @Test
  public void elides_articles_after_every_apostrophe() throws Exception {
    String[][] table = {
      {"d’urgence", "urgence"},
      {"dʼurgence", "urgence"},
      {"d‘urgence", "urgence"},
      {"d´urgence", "urgence"},
      {"d`urgence", "urgence"},
      {"d'urgence", "urgence"},
      {"l’accueil", "accueil"},
      {"L’ACCUEIL", "accueil"},
      {"lʼassistance", "assistance"},
      {"qu’il", "il"},
      {"jusqu’à", "à"},
      {"lorsqu’un", "un"},
      {"puisqu’elle", "elle"},
      {"j’ai", "ai"},
      {"n’importe", "importe"},
      {"s’assurer", "assurer"},
      {"t’appelle", "appelle"},
      {"m’occupe", "occupe"},
      {"c’est", "est"},
      {"d’assistance", "assistance"},
      {"l’assuré", "assuré"},
    };
    for (String[] row : table) {
      checkOneTerm(analyzer, row[0], row[1]);
    }
  }

  @Test
  public void keeps_offsets_on_the_original_text() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Réceptionne l’appel d’urgence de l´assuré",
        new String[] {"réceptionne", "appel", "urgence", "de", "assuré"},
        new int[] {0, 12, 20, 30, 33},
        new int[] {11, 19, 29, 32, 41},
        new int[] {1, 1, 1, 1, 1});
  }

  @Test
  public void known_limitation_only_listed_articles_are_elided() throws Exception {
    // "quelqu'" and "aujourd'" are not articles: the word keeps its (now straight) apostrophe.
    checkOneTerm(analyzer, "quelqu’un", "quelqu'un");
    checkOneTerm(analyzer, "aujourd’hui", "aujourd'hui");
    // A prime (U+2032) is not an apostrophe: the tokenizer splits there.
    assertAnalyzesTo(analyzer, "d′urgence", new String[] {"d", "urgence"});
  }

  @Test
  public void protected_word_written_with_a_typographic_apostrophe_stays_protected()
      throws Exception {
    try (Analyzer stemmed = PasserellesAnalyzer.forIndexing();
        Analyzer chain =
            PasserellesAnalyzer.builder().protectedWords(List.of("prud'hommes")).build()) {
      checkOneTerm(stemmed, "prud’hommes", "prud'hom");
      checkOneTerm(chain, "prud’hommes", "prud'hommes");
      checkOneTerm(chain, "prudʼhommes", "prud'hommes");
    }
  }

  @Test
  public void analyzes_empty_input_to_nothing() throws Exception {
    assertAnalyzesTo(analyzer, "", new String[0]);
  }

  @Test
  public void survives_random_text() throws Exception {
    checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
  }

  @Test
  public void survives_random_long_text() throws Exception {
    checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 8192);
  }

  @Test
  public void factory_is_found_by_its_spi_name() throws Exception {
    CharFilterFactory factory =
        CharFilterFactory.forName(ApostropheCharFilterFactory.NAME, new HashMap<>());
    assertTrue(factory instanceof ApostropheCharFilterFactory);
    Reader reader = factory.create(new StringReader("l’accueil"));
    assertTokenStreamContents(whitespace(reader), new String[] {"l'accueil"});
    Reader normalized = factory.normalize(new StringReader("d’urgence"));
    assertTokenStreamContents(whitespace(normalized), new String[] {"d'urgence"});
  }

  @Test
  public void factory_rejects_unknown_arguments() {
    Map<String, String> args = new HashMap<>(Map.of("bogusArg", "bogusValue"));
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> new ApostropheCharFilterFactory(args));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }

  private static TokenStream whitespace(Reader reader) {
    Tokenizer tokenizer = new org.apache.lucene.analysis.core.WhitespaceTokenizer();
    tokenizer.setReader(reader);
    return tokenizer;
  }
}
