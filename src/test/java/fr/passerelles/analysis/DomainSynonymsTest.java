package fr.passerelles.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.QueryBuilder;
import org.junit.Test;

/** Concern 4: query-time synonyms from {@code corpus/synonyms.txt}. */
public class DomainSynonymsTest extends BaseTokenStreamTestCase {

  private static final String ALPHANUM = "<ALPHANUM>";
  private static final String SYNONYM = SynonymGraphFilter.TYPE_SYNONYM;

  private PasserellesAnalyzer query;

  @Override
  public void setUp() throws Exception {
    super.setUp();
    query = PasserellesAnalyzer.forQuerying(PasserellesAnalyzerTest.synonymsFile());
  }

  @Override
  public void tearDown() throws Exception {
    query.close();
    super.tearDown();
  }

  @Test
  public void corpus_file_parses_with_the_index_chain() throws Exception {
    try (Analyzer index = PasserellesAnalyzer.forIndexing()) {
      SynonymMap map = DomainSynonyms.load(PasserellesAnalyzerTest.synonymsFile(), index);
      assertNotNull(map.fst);
      assertTrue(map.words.size() > 50);
    }
  }

  @Test
  public void rh_expands_to_ressources_humaines_as_a_graph() throws Exception {
    // Two paths from position 0: "resourc humain" (two tokens), and "rh" spanning both.
    assertAnalyzesTo(
        query,
        "RH",
        new String[] {"resourc", "rh", "humain"},
        new int[] {0, 0, 0},
        new int[] {2, 2, 2},
        new String[] {SYNONYM, ALPHANUM, SYNONYM},
        new int[] {1, 0, 1},
        new int[] {1, 2, 1});
  }

  @Test
  public void ressources_humaines_expands_to_rh() throws Exception {
    assertAnalyzesTo(
        query,
        "Ressources Humaines",
        new String[] {"rh", "resourc", "humain"},
        new int[] {0, 0, 11},
        new int[] {19, 10, 19},
        new String[] {SYNONYM, ALPHANUM, ALPHANUM},
        new int[] {1, 0, 1},
        new int[] {2, 1, 1});
    // Matched on stems: the singular and the unaccented spelling expand too.
    assertAnalyzesTo(query, "ressource humaine", new String[] {"rh", "resourc", "humain"});
  }

  @Test
  public void query_builder_turns_the_graph_into_alternatives() throws Exception {
    QueryBuilder builder = new QueryBuilder(query);
    assertEquals(
        "((+f:resourc +f:humain) f:rh)", builder.createBooleanQuery("f", "RH").toString());
    assertEquals(
        "f:\"resourc humain\" f:rh", builder.createPhraseQuery("f", "RH").toString());
  }

  @Test
  public void entries_match_across_the_gaps_of_their_stop_words() throws Exception {
    assertAnalyzesToPositions(
        query,
        "gestion des relations clients",
        new String[] {"crm", "gestion", "relation", "client"},
        new int[] {1, 0, 1, 1},
        new int[] {3, 1, 1, 1});
    assertAnalyzesTo(
        query, "CRM", new String[] {"gestion", "crm", "relation", "client"});
  }

  @Test
  public void known_limitation_gaps_inside_a_match_are_closed() throws Exception {
    // "de la" left a gap of two positions; the synonym graph renumbers the match without it,
    // so a phrase query needs a slop of 2 to meet the indexed text.
    QueryBuilder builder = new QueryBuilder(query);
    assertEquals(
        "f:crm f:\"gestion relation client\"",
        builder.createPhraseQuery("f", "gestion de la relation client").toString());
    try (Analyzer index = PasserellesAnalyzer.forIndexing()) {
      assertAnalyzesTo(
          index,
          "gestion de la relation client",
          new String[] {"gestion", "relation", "client"},
          new int[] {1, 3, 1});
    }
  }

  @Test
  public void job_title_variants_expand_whatever_the_gender_form() throws Exception {
    for (String title :
        List.of(
            "chargé d'accueil téléphonique",
            "Chargée d’accueil téléphonique",
            "chargé(e)s d'accueil téléphonique",
            "CHARGE(E) D'ACCUEIL TELEPHONIQUE")) {
      assertTrue(title, terms(title).contains("standardist"));
    }
    assertTrue(terms("Médecin régulateur(trice)").containsAll(List.of("medecin", "regul")));
    assertTrue(terms("médecin régulateur (trice)").contains("regul"));
    assertTrue(terms("patrouilleur (f/h)").contains("depaneu"));
  }

  @Test
  public void the_longest_rule_wins() throws Exception {
    // "technicien d'assistance" (0102) is a prefix of "technicien d'assistance véhicule" (0107).
    List<String> vehicle = terms("Technicien(ne) d'assistance véhicule");
    assertTrue(vehicle.contains("mecanicien"));
    assertFalse(vehicle.contains("teleoper"));
    assertTrue(terms("technicien d'assistance").contains("teleoper"));
  }

  @Test
  public void branch_job_abbreviations_expand_both_ways_and_tms_only_from_its_expansion() throws Exception {
    // ARM and IDE name the branch's jobs as people type them; made two-way on the dev set's evidence
    assertTrue(terms("ARM").toString(), terms("ARM").containsAll(List.of("arm", "asistant", "regul", "medical")));
    assertTrue(terms("IDE").toString(), terms("IDE").containsAll(List.of("ide", "infirmi")));
    assertAnalyzesTo(query, "TMS", new String[] {"tms"});
    assertTrue(terms("Infirmière Diplômée d'État").contains("ide"));
    assertTrue(terms("assistante de régulation médicale").contains("arm"));
    assertTrue(terms("troubles musculosquelettiques").contains("tms"));
  }

  @Test
  public void left_out_pairs_do_not_expand() throws Exception {
    assertAnalyzesTo(query, "si nécessaire", new String[] {"si", "necesair"});
    assertAnalyzesTo(query, "assuré", new String[] {"asur"});
    assertAnalyzesTo(query, "client", new String[] {"client"});
    assertAnalyzesTo(query, "régulateur", new String[] {"regul"});
    assertAnalyzesTo(query, "dépanneur", new String[] {"depaneu"});
  }

  /** Guards the file against dead entries: each side of an equivalence must expand. */
  @Test
  public void every_equivalence_entry_expands() throws Exception {
    List<String> dead = new ArrayList<>();
    for (String line :
        Files.readAllLines(PasserellesAnalyzerTest.synonymsFile(), StandardCharsets.UTF_8)) {
      String rule = line.strip();
      if (rule.isEmpty() || rule.startsWith("#") || rule.contains("=>")) {
        continue;
      }
      for (String entry : rule.split(",")) {
        if (!hasSynonymToken(entry.strip())) {
          dead.add(entry.strip());
        }
        checkAnalysisConsistency(random(), query, random().nextBoolean(), entry);
      }
    }
    assertEquals(List.of(), dead);
  }

  @Test
  public void index_analyzer_never_expands() throws Exception {
    try (Analyzer index = PasserellesAnalyzer.forIndexing()) {
      assertAnalyzesTo(index, "RH", new String[] {"rh"});
      assertAnalyzesTo(index, "standardiste", new String[] {"standardist"});
    }
  }

  @Test
  public void rejects_an_invalid_rule_naming_file_and_line() throws Exception {
    Path file = createTempDir().resolve("synonyms.txt");
    Files.writeString(file, "# ok\nrh => a => b\n", StandardCharsets.UTF_8);
    try (Analyzer index = PasserellesAnalyzer.forIndexing()) {
      IllegalArgumentException e =
          expectThrows(IllegalArgumentException.class, () -> DomainSynonyms.load(file, index));
      assertTrue(e.getMessage(), e.getMessage().contains(file.toString()));
      assertTrue(e.getMessage(), e.getMessage().contains("line 2"));
    }
    expectThrows(
        IllegalArgumentException.class,
        () -> PasserellesAnalyzer.builder().synonyms(file).build());
  }

  @Test
  public void rejects_an_entry_made_of_stop_words_only() throws Exception {
    try (Analyzer index = PasserellesAnalyzer.forIndexing()) {
      expectThrows(
          java.text.ParseException.class,
          () -> DomainSynonyms.parse(new StringReader("rh, de la\n"), index));
    }
  }

  @Test
  public void reports_a_missing_file() {
    Path missing = createTempDir().resolve("absent.txt");
    UncheckedIOException e =
        expectThrows(UncheckedIOException.class, () -> PasserellesAnalyzer.forQuerying(missing));
    assertTrue(e.getMessage().contains(missing.toString()));
  }

  @Test
  public void survives_random_text() throws Exception {
    checkRandomData(random(), query, 200 * RANDOM_MULTIPLIER);
  }

  private List<String> terms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = query.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  private boolean hasSynonymToken(String text) throws IOException {
    try (TokenStream ts = query.tokenStream("f", text)) {
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      boolean found = false;
      while (ts.incrementToken()) {
        found |= SYNONYM.equals(type.type());
      }
      ts.end();
      return found;
    }
  }
}
