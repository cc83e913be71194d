package fr.passerelles.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.Test;

/** Concern 2 of the chain: gender-inclusive forms folded before tokenizing. */
public class GenderFormCharFilterTest extends CharFilterTestCase {

  @Override
  protected Reader filter(Reader reader) {
    return new GenderFormCharFilter(reader);
  }

  @Test
  public void folds_each_form_to_one_masculine_term() throws Exception {
    String[][] table = {
      {"chargé(e)", "chargé"},
      {"Chargé(e)s", "chargés"},
      {"CHARGE(E)", "charge"},
      {"animateur(trice)", "animateur"},
      {"Animateur(trice)s", "animateurs"},
      {"régulateur(trice)", "régulateur"},
      {"régulateur (trice)", "régulateur"},
      {"technicien(ne)", "technicien"},
      {"TECHNICIEN(NE)", "technicien"},
      {"administratif(ve)", "administratif"},
      {"opérationnel(le)", "opérationnel"},
      {"infirmier(e)", "infirmier"},
      {"patient(e)s", "patients"},
      {"encadrant(e)s", "encadrants"},
      {"coordinateur(trice)", "coordinateur"},
      {"informaticien(ne)", "informaticien"},
      {"chargé·e", "chargé"},
      {"chargé.e.s", "chargés"},
      {"Chargé / Chargée", "chargé"},
      {"superviseur/superviseuse", "superviseur"},
      {"hôte(hôtesse)", "hôte"},
      {"plateau(x)", "plateau"},
      {"Juriste (f/h)", "juriste"},
      {"H/F Juriste", "juriste"},
      {"Patrouilleur (F/H)", "patrouilleur"},
    };
    for (String[] row : table) {
      checkOneTerm(analyzer, row[0], row[1]);
    }
  }

  @Test
  public void leaves_no_stray_e_or_trice_token() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Chargé(e) d'assistance, médecin régulateur(trice), un(e) technicien(ne) F/H",
        new String[] {"chargé", "d'assistance", "médecin", "régulateur", "un", "technicien"});
  }

  /** A compound title marked on each part is two words, as its masculine is, with offsets in the user's text. */
  @Test
  public void folds_a_compound_title_marked_on_each_part() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Dépanneur·euse-remorqueur·euse routier·ère",
        new String[] {"dépanneur", "remorqueur", "routier"},
        new int[] {0, 15, 31},
        new int[] {14, 30, 42});
  }

  @Test
  public void offsets_span_the_whole_form_in_the_user_text() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Chargé(e) d'assistance",
        new String[] {"chargé", "d'assistance"},
        new int[] {0, 10},
        new int[] {9, 22},
        new int[] {1, 1});
    // "Médecin régulateur(trice) (f/h) : superviseur/superviseuse"
    //  0       8                26    32 34
    assertAnalyzesTo(
        analyzer,
        "Médecin régulateur(trice) (f/h) : superviseur/superviseuse",
        new String[] {"médecin", "régulateur", "superviseur"},
        new int[] {0, 8, 34},
        new int[] {7, 25, 58},
        new int[] {1, 1, 1});
    assertAnalyzesTo(
        analyzer,
        "Assistant(e) administratif(ve) de plateaux",
        new String[] {"assistant", "administratif", "de", "plateaux"},
        new int[] {0, 13, 31, 34},
        new int[] {12, 30, 33, 42},
        new int[] {1, 1, 1, 1});
  }

  @Test
  public void does_not_mangle_ordinary_brackets_and_slashes() throws Exception {
    assertAnalyzesTo(
        analyzer,
        "Bac+2 / Bac+3 (habitation) client/bénéficiaire",
        new String[] {"bac", "2", "bac", "3", "habitation", "client", "bénéficiaire"},
        new int[] {0, 4, 8, 12, 15, 27, 34},
        new int[] {3, 5, 11, 13, 25, 33, 46});
  }

  @Test
  public void known_limitation_multi_word_pairs_are_not_folded() throws Exception {
    // Only one word on each side of the slash is compared.
    assertAnalyzesTo(
        analyzer,
        "Chargé d'accueil / Chargée d'accueil",
        new String[] {"chargé", "d'accueil", "chargée", "d'accueil"});
  }

  @Test
  public void known_limitation_irregular_forms_outside_the_table_stay_split() throws Exception {
    // "tou·te·s" (tous/toutes) follows no ending rule; the tokenizer keeps it whole.
    checkOneTerm(analyzer, "tou·te·s", "tou·te·s");
    // "du (de la)": a bracket holding two words is not a mark; stop words drop it later.
    assertAnalyzesTo(analyzer, "du (de la) patient", new String[] {"du", "de", "la", "patient"});
  }

  @Test
  public void protected_word_is_matched_after_folding() throws Exception {
    try (Analyzer chain =
        PasserellesAnalyzer.builder().protectedWords(List.of("technicien")).build()) {
      checkOneTerm(chain, "technicien(ne)s", "technicien");
      checkOneTerm(chain, "Technicien(ne)", "technicien");
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

  /** Random texts made of the pieces gender forms are built from, where offsets go wrong. */
  @Test
  public void offsets_cut_the_user_text_back_into_each_term() throws Exception {
    String[] pieces = {
      "chargé", "Chargée", "animateur", "technicien", "hôte", "hôtesse", "superviseuse", "un",
      "(", ")", "(e)", "(trice)", "(ne)", "(s)", "(f/h)", "F/H", "/", " / ", "·", ".", "-", "e",
      "s", " ", " ", "  ", "d'", "Bac+2", "\n",
    };
    GenderFormNormalizer normalizer = new GenderFormNormalizer();
    Random random = random();
    for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n >= 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      checkAnalysisConsistency(random, analyzer, false, input);
      try (TokenStream ts = analyzer.tokenStream("f", input)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          String quote = input.substring(offset.startOffset(), offset.endOffset());
          // Either the quote is a folded form, or it was left as is (the context decides:
          // "F/Hchargé·e" is no form, although "Hchargé·e" alone would be).
          String folded = normalizer.normalize(quote).toLowerCase(Locale.ROOT);
          String asIs = quote.toLowerCase(Locale.ROOT);
          assertTrue(
              "'" + term + "' quoted as '" + quote + "' in '" + input + "'",
              folded.contains(term) || asIs.contains(term));
        }
        ts.end();
      }
    }
  }

  @Test
  public void factory_is_found_by_its_spi_name() throws Exception {
    CharFilterFactory factory =
        CharFilterFactory.forName(GenderFormCharFilterFactory.NAME, new HashMap<>());
    assertTrue(factory instanceof GenderFormCharFilterFactory);
    assertTokenStreamContents(
        whitespace(factory.create(new StringReader("chargé(e)s animateur·rice"))),
        new String[] {"chargés", "animateur"},
        new int[] {0, 11},
        new int[] {10, 25});
    assertTokenStreamContents(
        whitespace(factory.normalize(new StringReader("technicien(ne)"))),
        new String[] {"technicien"});
  }

  @Test
  public void factory_rejects_unknown_arguments() {
    Map<String, String> args = new HashMap<>(Map.of("bogusArg", "bogusValue"));
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> new GenderFormCharFilterFactory(args));
    assertTrue(e.getMessage().contains("Unknown parameters"));
  }

  @Test
  public void reads_in_small_chunks() throws IOException {
    try (Reader reader = new GenderFormCharFilter(new StringReader("chargé(e)s d'assistance"))) {
      char[] one = new char[1];
      StringBuilder out = new StringBuilder();
      assertEquals(0, reader.read(one, 0, 0));
      for (int n = reader.read(one, 0, 1); n != -1; n = reader.read(one, 0, 1)) {
        out.append(one, 0, n);
      }
      assertEquals("chargés d'assistance", out.toString());
    }
  }

  private static TokenStream whitespace(Reader reader) {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(reader);
    return tokenizer;
  }
}
