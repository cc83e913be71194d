package fr.passerelles.eval;

import fr.passerelles.eval.ScoreModelFitter.PoolFigures;
import fr.passerelles.eval.ScoreModelFitter.QueryRows;
import fr.passerelles.match.ScoreModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The branch fusion fitted on the development set and on real-style texts, the development set
 * weighing a share of the fit, read three ways: on the development set, on the real texts in
 * sample, and on the real texts with each file left out of the fit that ranks it. A set of 37 texts
 * is easily fitted by heart; leaving a whole file out also keeps its writer's style out
 * (docs/quality.md, "A branch fusion fitted on real text too").
 *
 * @param devSet the development set's branch rankings
 * @param realByFile the real texts' branch rankings, by file (each a fold)
 */
public record BranchShareGrid(List<QueryRows> devSet, Map<String, List<QueryRows>> realByFile) {

  public BranchShareGrid {
    devSet = List.copyOf(devSet);
    realByFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(realByFile));
  }

  /** One model's figures: development set, real texts in sample, real texts cross-validated. */
  public record Row(String name, ScoreModel model, PoolFigures devSet, PoolFigures realInSample, PoolFigures realHeldOut) {}

  /** Every real text, files in order. */
  public List<QueryRows> real() {
    return realByFile.values().stream().flatMap(List::stream).toList();
  }

  /** A fixed model (the committed one): it never saw the real texts, so both readings are held out. */
  public Row read(String name, ScoreModel model) {
    PoolFigures real = PoolFigures.of(real(), model);
    return new Row(name, model, PoolFigures.of(devSet, model), real, real);
  }

  /** The fit at the development set's share {@code share}, and its leave-one-file-out reading. */
  public Row fit(double share, String description) {
    ScoreModel model = ScoreModelFitter.fit(ScoreModelFitter.shares(devSet, real(), share), description);
    PoolFigures heldOut = new PoolFigures(0, 0, 0, 0);
    for (Map.Entry<String, List<QueryRows>> file : realByFile.entrySet()) {
      List<QueryRows> others = new ArrayList<>();
      realByFile.forEach((f, rows) -> {
        if (!f.equals(file.getKey())) {
          others.addAll(rows);
        }
      });
      ScoreModel fold = ScoreModelFitter.fit(ScoreModelFitter.shares(devSet, others, share), "without " + file.getKey());
      heldOut = heldOut.plus(PoolFigures.of(file.getValue(), fold));
    }
    return new Row(String.format(java.util.Locale.ROOT, "share %.2f", share), model,
        PoolFigures.of(devSet, model), PoolFigures.of(real(), model), heldOut);
  }
}
