package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.match.EvidenceModel;
import fr.passerelles.match.EvidenceProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence figures of docs/quality.md are the committed model's: this re-finds every graded
 * pair, scores the held-out part with the model in the resources and compares with the rows the
 * eval-evidence command wrote; the same for the blind batch kept apart ({@code graded-fresh.jsonl},
 * every pair read).
 */
class EvidenceQualityIT {
  static final Path SET = Path.of("src/test/resources/eval/evidence/graded.jsonl");
  static final Path TEXTS = Path.of("src/test/resources/eval/evidence/texts");
  static final Path FRESH = Path.of("src/test/resources/eval/evidence/graded-fresh.jsonl");
  @TempDir Path indexDir;

  @Test
  void the_committed_model_reproduces_the_documented_held_out_figures() throws Exception {
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(rome), "the graded pairs come from sheets of the ROME release");
    EvidenceSet set = EvidenceSet.load(SET);
    EvidenceModel model = EvidenceModel.load();
    assertTrue(model.fittedOn().contains(set.sha256().substring(0, 12)), "the model was fitted on another set: " + model.fittedOn());
    String doc = Files.readString(Path.of("docs/quality.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains("sha256 " + set.sha256().substring(0, 12)), "docs/quality.md was written for another set");

    try (Passerelles p = Passerelles.open(new DataPaths(TestCorpus.dir(), Optional.of(rome), indexDir))) {
      EvidenceProbe probe = new EvidenceProbe(p.indexes(), p.analysis().queryAnalyzer(), EvidenceModel.COSINE_RULE);
      EvidenceEvaluation.Joined joined = EvidenceEvaluation.join(set, TEXTS, p.textMatcher(), probe);
      assertEquals(0, joined.missing(), "every graded pair is found again");
      var held = EvidenceEvaluation.heldOutPart(joined.pairs());
      String heldBlock = section(doc, "evidence-quality");
      check(heldBlock, "before: cosine ≥ 0\\.2", EvidenceEvaluation.figures(held, l -> true));
      EvidenceEvaluation.Figures after = EvidenceEvaluation.figures(held, EvidenceEvaluation.shown(held, model));
      check(heldBlock, "after: probability ≥ [0-9.]+, " + EvidenceModel.ITEMS_PER_SPAN_AND_SHEET + " item per span and sheet", after);
      assertTrue(after.precision() > EvidenceEvaluation.figures(held, l -> true).precision() + 0.3,
          "the model separates right from wrong evidence on text it was not fitted on");
      var shown = EvidenceEvaluation.shown(held, model);
      check(heldBlock, "as served: the same, task zones only, no branch sheet's for a text about another trade",
          EvidenceEvaluation.figures(held, l -> l.servable() && shown.test(l)));
      assertTrue(joined.pairs().stream().anyMatch(EvidenceEvaluation.Labelled::branchHidden),
          "some texts of the set are about other trades, and their branch pairs are hidden");
      assertTrue(joined.pairs().stream().filter(EvidenceEvaluation.Labelled::branchHidden)
          .allMatch(l -> EvidenceEvaluation.isBranchSheet(l.grade().sheet())), "only a branch sheet's pairs are hidden");

      // The blind batch: kept out of both parts, every pair read with the same model.
      EvidenceSet fresh = EvidenceSet.load(FRESH);
      String block = section(doc, "evidence-fresh");
      assertTrue(block.contains("sha256 " + fresh.sha256().substring(0, 12)), "the blind block was written for another batch");
      EvidenceEvaluation.Joined blind = EvidenceEvaluation.join(fresh, TEXTS, p.textMatcher(), probe);
      assertEquals(0, blind.missing(), "every pair of the blind batch is found again");
      assertTrue(blind.pairs().stream().noneMatch(l -> set.grades().stream().anyMatch(g -> g.text().equals(l.grade().text()))),
          "no text of the blind batch is in the fit or held-out part");
      check(block, "before: cosine ≥ 0\\.2", EvidenceEvaluation.figures(blind.pairs(), l -> true));
      check(block, "after: probability ≥ [0-9.]+, " + EvidenceModel.ITEMS_PER_SPAN_AND_SHEET + " item per span and sheet",
          EvidenceEvaluation.figures(blind.pairs(), EvidenceEvaluation.shown(blind.pairs(), model)));
    }
  }

  private static String section(String doc, String name) {
    int b = doc.indexOf("<!-- generated:" + name + " -->");
    int e = doc.indexOf("<!-- /generated:" + name + " -->");
    assertTrue(b >= 0 && e > b, "no generated " + name + " section in docs/quality.md");
    return doc.substring(b, e);
  }

  private static void check(String doc, String rule, EvidenceEvaluation.Figures f) {
    Matcher row = Pattern.compile("\\| all \\| " + rule
        + " \\| (\\d+) \\| (\\d+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|").matcher(doc);
    assertTrue(row.find(), "no row " + rule + " in docs/quality.md");
    assertEquals(Integer.parseInt(row.group(1)), f.pairs(), rule);
    assertEquals(Integer.parseInt(row.group(2)), f.kept(), rule);
    double[] measured = {f.precision(), f.recall(), f.precisionOrPartial(), f.recallOrPartial()};
    for (int i = 0; i < measured.length; i++) {
      assertEquals(Double.parseDouble(row.group(i + 3)), measured[i], 0.0005, rule + " column " + (i + 3));
    }
  }
}
