package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.Passerelles;
import fr.passerelles.eval.ScoreModelFitter.Labelled;
import fr.passerelles.eval.ScoreModelFitter.PoolFigures;
import fr.passerelles.eval.ScoreModelFitter.QueryRows;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.ScoreModels;
import fr.passerelles.mobility.TestEngine;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures that decide a ROME fit on real texts (docs/quality.md, "The ROME fusion fitted on the
 * eight real-style sets too") are read in the fit's pools, each text by its kind's model: for the
 * committed models they must be the matcher's own, and a real share of 0 must make the
 * file-left-out reading the in-sample one.
 */
class RomeShareGridIT {
  private static final String DIR = "src/test/resources/eval/";

  private static List<QueryRows> rome(Passerelles p, EvalSet set) {
    return ScoreModelFitter.collect(p.textMatcher(), set.queries().stream().filter(q -> !q.rome().isEmpty())
        .map(q -> Labelled.of(q.text(), SheetType.ROME, new HashSet<>(q.rome()))).toList());
  }

  @Test
  void the_committed_models_read_in_the_fit_pools_as_the_matcher_ranks_the_development_set() {
    Passerelles p = TestEngine.get();
    EvalSet set = EvalSet.load(Path.of(DIR + "queries.jsonl"));
    ScoreModels models = p.textMatcher().matcher().models();
    RomeShareGrid grid = new RomeShareGrid(rome(p, set), List.of(), Map.of(), 0.5, 0.2);
    PoolFigures pools = grid.read("committed", models.rome(), models.romeUnnamed()).devSet();
    // the pools hold the fusion alone: the matcher is read without the two bridges, which boost after it
    MatchEvaluation.Report r = MatchEvaluation.run("light", p.textMatcher().fusionAlone(), set.queries());
    assertEquals(r.rome().queries(), pools.queries());
    assertEquals(r.rome().top1(), (double) pools.top1() / pools.queries(), 1e-9, "top-1");
    assertEquals(r.rome().top3(), (double) pools.top3() / pools.queries(), 1e-9, "top-3");
  }

  @Test
  void with_the_real_texts_weighing_nothing_leaving_a_file_out_changes_nothing() {
    Passerelles p = TestEngine.get();
    Map<String, List<QueryRows>> real = new LinkedHashMap<>();
    for (String f : List.of("real-style.jsonl", "real-style-3.jsonl")) {
      real.put(f, rome(p, EvalSet.load(Path.of(DIR + f)).only(SkillQuerySet.Split.DEV)));
    }
    RomeShareGrid grid = new RomeShareGrid(rome(p, EvalSet.load(Path.of(DIR + "queries.jsonl"))), List.of(), real, 0.5, 0.2);
    RomeShareGrid.Row none = grid.fit(0, "development set alone");
    PoolFigures in = none.realInSample();
    PoolFigures out = none.realHeldOut();
    assertEquals(List.of(in.queries(), in.top1(), in.top3()), List.of(out.queries(), out.top1(), out.top3()));
    assertEquals(in.mrr(), out.mrr(), 1e-9);
    assertEquals(grid.real().size(), grid.fit(0.5, "half").realHeldOut().queries());
  }
}
