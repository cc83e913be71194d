package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.passerelles.Passerelles;
import fr.passerelles.eval.ScoreModelFitter.Labelled;
import fr.passerelles.eval.ScoreModelFitter.PoolFigures;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures that decide a branch fit (docs/quality.md, "A branch fusion fitted on real text too")
 * are read in the fit's candidate pools: they must be the matcher's own figures for the committed
 * model, and the cross-validated reading must fold the real texts, not the development set.
 */
class BranchShareGridIT {
  private static final String DIR = "src/test/resources/eval/";

  private static List<Labelled> branch(EvalSet set) {
    return set.queries().stream().filter(q -> !q.branch().isEmpty())
        .map(q -> Labelled.of(q.text(), SheetType.BRANCH, new HashSet<>(q.branch()))).toList();
  }

  @Test
  void the_committed_model_reads_in_the_fit_pools_as_the_matcher_ranks_the_development_set() {
    Passerelles p = TestEngine.get();
    EvalSet set = EvalSet.load(Path.of(DIR + "queries.jsonl"));
    PoolFigures pools = PoolFigures.of(ScoreModelFitter.collect(p.textMatcher(), branch(set)), p.textMatcher().matcher().models().branch());
    // the pools hold the fusion alone: no bridge, no vote of the labelled texts
    MatchEvaluation.Report r = MatchEvaluation.run("light", p.textMatcher().fusionAlone(), set.queries());
    assertEquals(r.branch().queries(), pools.queries());
    assertEquals(r.branch().top1(), (double) pools.top1() / pools.queries(), 1e-9, "top-1");
    assertEquals(r.branch().top3(), (double) pools.top3() / pools.queries(), 1e-9, "top-3");
  }

  @Test
  void with_the_real_texts_weighing_nothing_leaving_a_file_out_changes_nothing() {
    Passerelles p = TestEngine.get();
    Map<String, List<ScoreModelFitter.QueryRows>> real = new LinkedHashMap<>();
    for (String f : List.of("real-style.jsonl", "real-style-3.jsonl")) {
      real.put(f, ScoreModelFitter.collect(p.textMatcher(), branch(EvalSet.load(Path.of(DIR + f)).only(SkillQuerySet.Split.DEV))));
    }
    BranchShareGrid grid = new BranchShareGrid(
        ScoreModelFitter.collect(p.textMatcher(), branch(EvalSet.load(Path.of(DIR + "queries.jsonl")))), real);
    BranchShareGrid.Row onlyDevSet = grid.fit(1.0, "development set alone");
    PoolFigures in = onlyDevSet.realInSample();
    PoolFigures out = onlyDevSet.realHeldOut();
    assertEquals(List.of(in.queries(), in.top1(), in.top3()), List.of(out.queries(), out.top1(), out.top3()));
    assertEquals(in.mrr(), out.mrr(), 1e-9);
    BranchShareGrid.Row byKind = grid.fitByKind(1.0, "development set alone, by kind");
    assertEquals(List.of(byKind.realInSample().top1(), byKind.realInSample().top3()),
        List.of(byKind.realHeldOut().top1(), byKind.realHeldOut().top3()));
    BranchShareGrid.Row both = grid.fit(0.5, "half each");
    assertEquals(grid.real().size(), both.realHeldOut().queries());
  }
}
