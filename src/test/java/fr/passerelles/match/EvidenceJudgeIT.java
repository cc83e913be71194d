package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence features and the committed model on the branch corpus (no ROME release: fast). */
class EvidenceJudgeIT {
  @TempDir static Path indexDir;
  static Passerelles engine;
  static EvidenceProbe probe;

  @BeforeAll
  static void open() {
    engine = Passerelles.open(new DataPaths(TestCorpus.dir(), Optional.empty(), indexDir));
    probe = new EvidenceProbe(engine.indexes(), engine.analysis().queryAnalyzer(), EvidenceModel.load());
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
    engine = null; // a closed engine still holds its profiles: let the fork reclaim them
    probe = null;
  }

  private static List<EvidenceProbe.Pair> pairs(String text) throws Exception {
    return probe.pairs(engine.textMatcher().understand(text));
  }

  private static EvidenceProbe.Pair pair(List<EvidenceProbe.Pair> pairs, String span, String itemStart) {
    return pairs.stream()
        .filter(p -> p.span().text().equals(span) && p.itemText().startsWith(itemStart))
        .findFirst().orElseThrow(() -> new AssertionError("no pair " + span + " → " + itemStart + " in " + pairs));
  }

  @Test
  void a_nominal_cv_line_meets_the_verbal_item_by_its_head() throws Exception {
    String line = "Traitement des réclamations clients";
    List<EvidenceProbe.Pair> pairs = pairs(line);
    EvidenceProbe.Pair treats = pair(pairs, line, "Traite les demandes complexes et en partie les réclamations");
    EvidenceProbe.Pair takesPart = pair(pairs, line, "Participe au traitement des réclamations");
    EvidenceProbe.Pair medical = pair(pairs, line, "Traite les réclamations, plaintes et litiges sur les aspects médicaux");
    assertTrue(treats.features().headMatched(), "traitement is a form of traite: " + treats);
    assertTrue(takesPart.features().headMatched(), "its head is traitement, after the support verb: " + takesPart);
    assertFalse(treats.features().phrase() || treats.features().boilerplate() || treats.features().context());
    EvidenceModel model = EvidenceModel.load();
    assertTrue(model.accepts(treats.probability()) && model.accepts(takesPart.probability()), pairs.toString());
    assertFalse(model.accepts(medical.probability()), "the line says nothing of medical complaints: " + medical);
  }

  @Test
  void the_support_verbs_are_the_stems_the_index_analyzer_gives() throws Exception {
    for (String verb : List.of("Assure", "assurer", "Réalise", "réaliser", "Effectue", "effectuer", "Procède", "procéder",
        "Participe", "participer")) {
      List<String> terms = terms(verb);
      assertEquals(1, terms.size(), verb);
      assertTrue(EvidenceJudge.SUPPORT_VERBS.contains(terms.get(0)), verb + " → " + terms);
    }
    List<String> item = terms("Assure le nettoyage et la désinfection des surfaces");
    assertEquals(terms("nettoyage").get(0), EvidenceJudge.head(item), "the head of " + item);
    List<String> watches = terms("Veille au respect des normes d'hygiène");
    assertEquals(watches.get(0), EvidenceJudge.head(watches), "watching over is not a support verb");
  }

  private static List<String> terms(String text) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (var ts = engine.analysis().indexAnalyzer().tokenStream(fr.passerelles.index.IndexFields.TEXT, text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void the_features_are_the_cosine_parts() throws Exception {
    for (EvidenceProbe.Pair p : pairs("Gestion des réclamations clients et des litiges avec les prestataires")) {
      EvidenceFeatures f = p.features();
      assertEquals(f.cosine(), Math.sqrt(f.itemCoverage() * f.spanCoverage()), 1e-4, p.itemText());
      assertTrue(f.matchedTerms() <= f.itemTerms() && f.fanOut() >= 1 && f.fanOut() <= 2 * EvidenceCollector.HITS_PER_SPAN);
      assertTrue(f.cosine() >= EvidenceCollector.MIN_STRENGTH);
    }
  }

  @Test
  void an_employer_and_pay_line_is_flagged_and_gives_no_evidence() throws Exception {
    String ad = """
        Notre société, leader de l'assistance aux voyageurs et du rapatriement sanitaire, compte 3 000 collaborateurs.
        Salaire : 2 000 € brut, prime d'assistance, mutuelle ; poste en CDI.
        Organiser le rapatriement des bénéficiaires et suivre les dossiers d'assistance jusqu'à leur clôture.
        """;
    List<EvidenceProbe.Pair> pairs = pairs(ad);
    assertTrue(pairs.stream().anyMatch(p -> p.span().text().startsWith("Notre société")), "the employer line shares words with items");
    for (EvidenceProbe.Pair p : pairs) {
      if (p.span().text().startsWith("Notre société") || p.span().text().startsWith("Salaire")) {
        assertTrue(p.features().boilerplate(), p.span().text());
      }
    }
    MatchResult r = engine.textMatcher().match(ad, MatchOptions.DEFAULT);
    assertFalse(r.matches().isEmpty());
    for (SheetMatch m : r.matches()) {
      for (Evidence e : m.evidence()) {
        assertFalse(e.segment().text().startsWith("Notre société") || e.segment().text().startsWith("Salaire"),
            m.id() + " " + e.text() + " ← " + e.segment().text());
        assertTrue(e.strength() >= EvidenceModel.load().threshold(), "strength is the judged probability");
      }
      long spans = m.evidence().stream().map(Evidence::segment).distinct().count();
      assertEquals(m.evidence().size(), spans, "one item per span and sheet: " + m.id() + " " + m.evidence());
    }
  }

  @Test
  void item_shapes_are_read_at_index_time_and_kept_in_the_records() {
    int shaped = 0;
    for (fr.passerelles.index.ItemType type : fr.passerelles.index.ItemType.values()) {
      for (int doc = 0; doc < engine.indexes().vectors(type).size(); doc++) {
        fr.passerelles.index.ItemRecord item = engine.indexes().item(type, doc);
        assertEquals(fr.passerelles.index.ItemShape.of(item.text()), item.shapes(), item.text());
        assertEquals(item.terms().size(), engine.indexes().vectors(type).termIds(doc).length, item.text());
        shaped += item.shapes().isEmpty() ? 0 : 1;
      }
    }
    assertTrue(shaped > 0, "some branch items are summaries or qualifications");
  }

  @Test
  void the_cosine_rule_model_is_the_old_threshold() {
    EvidenceModel rule = EvidenceModel.COSINE_RULE;
    assertTrue(rule.accepts(rule.probability(features(0.2))));
    assertFalse(rule.accepts(rule.probability(features(0.19))));
  }

  private static EvidenceFeatures features(double cosine) {
    return new EvidenceFeatures(cosine, 0, 0, 1, 1, false, false, 1, 1, false, false, false, false, false, false);
  }
}
