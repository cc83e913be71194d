package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.eval.RomeHoldout.Split;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchTuning;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextMatcher;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.NlpModels;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held-out benchmark on a small deterministic subset (the test split's first 200 sheets, fold
 * 0's engines only): the engines leave the held-out text out, and the project ranks far above
 * chance (3 / 1,584 at top-3).
 */
class HeldOutBenchmarkIT {
  @TempDir Path work;

  @Test
  void fold_engines_exclude_held_out_text_and_the_project_beats_chance() throws Exception {
    Path romeDir = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(romeDir), "needs the ROME release");
    RomeRelease rome = RomeRelease.load(romeDir);
    Corpus corpus = CorpusLoader.load(TestCorpus.dir());
    RomeHoldout holdout = new RomeHoldout(RomeHoldout.DEFAULT_FOLDS);
    InputAnalyzer nlp = new InputAnalyzer(NlpModels.fromClasspath());
    try (AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir())) {
      // the engine of fold 0 has no activity item, and no item text, of a held-out definition
      RomeRelease filtered = holdout.forDescriptions(rome, 0);
      try (BenchEngine engine = BenchEngine.build(corpus, filtered, chain, nlp, work);
          StockBaseline stock = new StockBaseline(filtered)) {
        Set<String> heldOut = holdout.heldOutSheets(rome, 0);
        List<ItemRecord> activities = engine.indexes().allItems(ItemType.ACTIVITY);
        assertTrue(activities.stream().noneMatch(i -> heldOut.contains(i.id().split("-D")[0])));
        RomeSheet sheet = rome.sheet(heldOut.iterator().next()).orElseThrow();
        String sentence = sheet.definition().split("\n")[0];
        for (ItemRecord i : activities) {
          if (i.text().equals(sentence.strip())) {
            // a sentence another sheet states word for word is that sheet's, not a leak
            assertTrue(i.sheets().stream().noneMatch(heldOut::contains), i.id());
          }
        }
        MatchOptions rome10 = MatchOptions.DEFAULT.withType(SheetType.ROME);
        for (SheetMatch m : engine.textMatcher().match(sentence, rome10).matches()) {
          m.evidence().forEach(e -> assertFalse(e.itemId().startsWith(sheet.code() + "-D"), e.itemId()));
        }
        assertFalse(StockBaseline.text(filtered.sheet(sheet.code()).orElseThrow()).contains(sentence));
        assertTrue(StockBaseline.text(sheet).contains(sentence));
      }

      HeldOutBenchmark bench = new HeldOutBenchmark(corpus, rome, chain, nlp, work);
      HeldOutBenchmark.Settings settings = new HeldOutBenchmark.Settings(5, Split.TEST, 200, 200, Set.of(0), HeldOutBenchmark.TextHoldout.FOLD);
      Path dumpFile = work.resolve("dump.tsv");
      HeldOutBenchmark.Report report;
      // a variant of the matcher is asked on the same fold engines (how the lead sweeps on train)
      Map<String, Function<BenchEngine, TextMatcher>> systems = new LinkedHashMap<>();
      systems.put(HeldOutBenchmark.PROJECT, BenchEngine::textMatcher);
      systems.put("text only", e -> e.textMatcher().withTuning(MatchTuning.DEFAULT.withTieBreaker(1.0)));
      try (PerQueryDump dump = new PerQueryDump(dumpFile)) {
        report = bench.run(settings, systems, true, dump, null);
      }
      assertEquals(List.of(HeldOutBenchmark.PROJECT, "text only", HeldOutBenchmark.STOCK),
          List.copyOf(report.metrics().keySet()));
      assertEquals(report.metrics().get(HeldOutBenchmark.PROJECT).get(BenchTask.TITLE).queries(),
          report.metrics().get("text only").get(BenchTask.TITLE).queries());
      Map<BenchTask, RankingMetrics> project = report.metrics().get(HeldOutBenchmark.PROJECT);
      Map<BenchTask, RankingMetrics> stock = report.metrics().get(HeldOutBenchmark.STOCK);
      for (BenchTask t : BenchTask.values()) {
        assertTrue(project.get(t).queries() >= 25, t + " " + project.get(t).queries());
        assertEquals(project.get(t).queries(), stock.get(t).queries());
      }
      assertTrue(project.get(BenchTask.DESCRIPTION).top3() > 0.5, "as written " + project.get(BenchTask.DESCRIPTION));
      assertTrue(project.get(BenchTask.TITLE).top3() > 0.3, "titles " + project.get(BenchTask.TITLE));
      assertTrue(project.get(BenchTask.MASKED).mrr() > 0.05, "masked " + project.get(BenchTask.MASKED));
      assertTrue(stock.get(BenchTask.DESCRIPTION).top3() > 0.5, "stock as written " + stock.get(BenchTask.DESCRIPTION));
      assertTrue(project.get(BenchTask.MASKED).top3() <= project.get(BenchTask.DESCRIPTION).top3(),
          "masking the names cannot make the task easier");

      List<String> rows = Files.readAllLines(dumpFile, StandardCharsets.UTF_8);
      assertEquals(PerQueryDump.HEADER.strip(), rows.get(0));
      long golds = rows.stream().skip(1).filter(r -> r.split("\t")[9].equals("1")).count();
      int queries = project.values().stream().mapToInt(RankingMetrics::queries).sum();
      assertTrue(golds > 0 && golds <= queries);
      assertTrue(rows.stream().skip(1).allMatch(r -> r.split("\t").length == PerQueryDump.HEADER.strip().split("\t").length));
      // the default construction: no sheet keeps a definition or access text
      RomeRelease none = new RomeHoldout(5).withoutEveryText(rome);
      assertEquals(rome.sheets().size(), none.sheets().size());
      assertTrue(none.sheets().stream().allMatch(s -> s.definition().isBlank() && s.access().isBlank()));
      assertTrue(rome.sheets().stream().filter(s -> !s.definition().isBlank()).count() > 1000);
    }
  }
}
