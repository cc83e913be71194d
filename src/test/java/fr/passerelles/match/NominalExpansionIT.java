package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.index.IndexFields;
import fr.passerelles.mobility.TestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query-side conflation of action nouns on the branch corpus and the ROME release: issue 10's
 * "Gestion et résolution de litiges" that never met "Gérer des réclamations et litiges".
 */
class NominalExpansionIT {
  static Passerelles engine;

  static final String CV = """
      Conseillère clientèle depuis 2018
      Gestion et résolution des litiges clients
      Suivi des dossiers d'indemnisation
      Réception des appels entrants
      """;

  @BeforeAll
  static void open() {
    assumeTrue(TestEngine.withRome(), "the verbal items come from the ROME release");
    engine = TestEngine.get(); // the shared engine of the test JVM
  }

  private static NominalExpansion expansion(NominalExpansion.Scope scope) {
    return NominalExpansion.of(engine.indexes(), engine.analysis().queryAnalyzer(), scope);
  }

  @Test
  void the_head_of_a_nominal_phrase_also_gives_its_verbs_term_where_the_noun_is_written() throws Exception {
    MatchInput input = engine.textMatcher().understand(CV);
    List<String> nouns = input.actionNouns().stream().map(TextSpan::text).toList();
    assertEquals(List.of("Gestion", "Suivi", "Réception"), nouns, "the heads of the three nominal lines");
    AnalyzedSpan whole = AnalyzedSpan.of(engine.analysis().queryAnalyzer(), IndexFields.TEXT, CV,
        new TextSpan(0, CV.length(), CV));
    AnalyzedSpan expanded = expansion(NominalExpansion.Scope.EVIDENCE).expand(whole, input.actionNouns());
    String manage = terms("gérer").get(0);
    assertFalse(whole.occurrences().containsKey(manage), "the text has no form of gérer: " + whole.occurrences().keySet());
    TextSpan gestion = input.actionNouns().get(0);
    assertEquals(List.of(gestion), expanded.occurrences().get(manage), "gérer's term at « Gestion »");
    assertTrue(expanded.occurrences().get(terms("suivre").get(0)).contains(input.actionNouns().get(1)), "suivi → suivre");
    for (Map.Entry<String, List<TextSpan>> e : whole.occurrences().entrySet()) {
      assertTrue(expanded.occurrences().get(e.getKey()).containsAll(e.getValue()), "the text's own terms stay: " + e.getKey());
    }
    assertSame(whole, expansion(NominalExpansion.Scope.OFF).expand(whole, input.actionNouns()), "off: nothing added");
  }

  @Test
  void gestion_des_litiges_meets_gerer_des_reclamations_et_litiges_only_with_the_expansion() {
    MatchInput input = engine.textMatcher().understand(CV);
    MatchOptions options = new MatchOptions(20, null, null, 8);
    Matcher matcher = engine.textMatcher().matcher();
    String line = "Gestion et résolution des litiges clients";
    assertTrue(evidence(matcher.withNominal(NominalExpansion.Scope.EVIDENCE).match(input, options))
        .contains(line + " → Gérer des réclamations et litiges"));
    assertFalse(evidence(matcher.withNominal(NominalExpansion.Scope.OFF).match(input, options))
        .contains(line + " → Gérer des réclamations et litiges"), "gestion and gérer are different terms");
  }

  @Test
  void the_evidence_switch_leaves_the_whole_text_ranking_as_it_is() {
    MatchInput input = engine.textMatcher().understand(CV);
    MatchOptions options = new MatchOptions(30, null, null, 0);
    Matcher matcher = engine.textMatcher().matcher();
    Map<String, Double> off = textScores(matcher.withNominal(NominalExpansion.Scope.OFF).match(input, options));
    Map<String, Double> evidence = textScores(matcher.withNominal(NominalExpansion.Scope.EVIDENCE).match(input, options));
    Map<String, Double> ranking = textScores(matcher.withNominal(NominalExpansion.Scope.RANKING).match(input, options));
    int compared = 0;
    boolean moved = false;
    for (Map.Entry<String, Double> e : off.entrySet()) {
      if (evidence.containsKey(e.getKey())) {
        assertEquals(e.getValue(), evidence.get(e.getKey()), 1e-9, "BM25 share of " + e.getKey());
        compared++;
      }
      moved |= ranking.containsKey(e.getKey()) && Math.abs(ranking.get(e.getKey()) - e.getValue()) > 1e-6;
    }
    assertTrue(compared >= 10, "sheets in both answers: " + compared);
    assertTrue(moved, "the ranking switch does change the whole-text query");
  }

  @Test
  void the_verb_reading_adds_candidates_and_pushes_none_out() throws Exception {
    MatchInput input = engine.textMatcher().understand(CV);
    Set<String> plain = keys(new EvidenceProbe(engine.indexes(), engine.analysis().queryAnalyzer(),
        EvidenceModel.load(), NominalExpansion.Scope.OFF).pairs(input));
    Set<String> both = keys(new EvidenceProbe(engine.indexes(), engine.analysis().queryAnalyzer(),
        EvidenceModel.load(), NominalExpansion.Scope.EVIDENCE).pairs(input));
    assertTrue(both.containsAll(plain), "every pair of the text's own words is still judged");
    assertTrue(both.size() > plain.size(), "and the verbs bring new ones");
  }

  private static Set<String> keys(List<EvidenceProbe.Pair> pairs) {
    return pairs.stream().map(p -> p.span().start() + ":" + p.span().end() + ":" + p.itemId()).collect(Collectors.toSet());
  }

  private static Set<String> evidence(MatchResult result) {
    Set<String> out = new java.util.HashSet<>();
    for (SheetMatch m : result.matches()) {
      for (Evidence e : m.evidence()) {
        out.add(e.segment().text() + " → " + e.text());
      }
    }
    return out;
  }

  private static Map<String, Double> textScores(MatchResult result) {
    Map<String, Double> out = new java.util.HashMap<>();
    for (SheetMatch m : result.matches()) {
      out.put(m.id(), m.features().textRel());
    }
    return out;
  }

  private static List<String> terms(String word) throws Exception {
    List<String> out = new ArrayList<>();
    try (var ts = engine.analysis().indexAnalyzer().tokenStream(IndexFields.TEXT, word)) {
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
