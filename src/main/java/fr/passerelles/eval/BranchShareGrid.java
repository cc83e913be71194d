package fr.passerelles.eval;

import fr.passerelles.eval.ScoreModelFitter.PoolFigures;
import fr.passerelles.eval.ScoreModelFitter.QueryRows;
import fr.passerelles.match.ScoreModel;
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

  /** A fusion as the matcher would apply it: one model for texts that name a job, one for the others. */
  private record ByKind(ScoreModel named, ScoreModel unnamed) {
    static ByKind fit(List<QueryRows> a, List<QueryRows> b, double share, String description) {
      return new ByKind(ScoreModelFitter.fit(ScoreModelFitter.shares(named(a, true), named(b, true), share), description + ", named"),
          ScoreModelFitter.fit(ScoreModelFitter.shares(named(a, false), named(b, false), share), description + ", unnamed"));
    }

    PoolFigures read(List<QueryRows> data) {
      return PoolFigures.of(named(data, true), named).plus(PoolFigures.of(named(data, false), unnamed));
    }

    private static List<QueryRows> named(List<QueryRows> data, boolean named) {
      return data.stream().filter(q -> q.named() == named).toList();
    }
  }

  /** Every real text, files in order. */
  public List<QueryRows> real() {
    return realByFile.values().stream().flatMap(List::stream).toList();
  }

  /** A fixed model (the committed one): it never saw the real texts, so both readings are held out. */
  public Row read(String name, ScoreModel model) {
    PoolFigures real = PoolFigures.of(real(), model);
    return new Row(name, model, PoolFigures.of(devSet, model), real, real);
  }

  /**
   * Two fits at the development set's share {@code share}, one per kind of text (named or not,
   * as the ROME models), and their leave-one-file-out reading; the row's model is the named one,
   * {@code unnamed} the other.
   */
  public Row fitByKind(double share, String description) {
    ByKind both = ByKind.fit(devSet, real(), share, description);
    PoolFigures heldOut = new PoolFigures(0, 0, 0, 0);
    for (Map.Entry<String, List<QueryRows>> file : realByFile.entrySet()) {
      heldOut = heldOut.plus(ByKind.fit(devSet, othersThan(file.getKey()), share, "without " + file.getKey()).read(file.getValue()));
    }
    return new Row(String.format(java.util.Locale.ROOT, "by kind %.2f", share), both.named(),
        both.read(devSet), both.read(real()), heldOut);
  }

  /** The unnamed model of {@link #fitByKind} at the same share (for printing its weights). */
  public ScoreModel unnamedAt(double share) {
    return ByKind.fit(devSet, real(), share, "unnamed").unnamed();
  }

  /** Texts that name a job among the development set's and the real texts' rankings. */
  public String kinds() {
    return String.format(java.util.Locale.ROOT, "named: development set %d of %d, real texts %d of %d",
        ByKind.named(devSet, true).size(), devSet.size(), ByKind.named(real(), true).size(), real().size());
  }

  private List<QueryRows> othersThan(String left) {
    return ScoreModelFitter.allBut(realByFile, left);
  }

  /** The fit at the development set's share {@code share}, and its leave-one-file-out reading. */
  public Row fit(double share, String description) {
    ScoreModel model = ScoreModelFitter.fit(ScoreModelFitter.shares(devSet, real(), share), description);
    PoolFigures heldOut = new PoolFigures(0, 0, 0, 0);
    for (Map.Entry<String, List<QueryRows>> file : realByFile.entrySet()) {
      ScoreModel fold = ScoreModelFitter.fit(ScoreModelFitter.shares(devSet, othersThan(file.getKey()), share), "without " + file.getKey());
      heldOut = heldOut.plus(PoolFigures.of(file.getValue(), fold));
    }
    return new Row(String.format(java.util.Locale.ROOT, "share %.2f", share), model,
        PoolFigures.of(devSet, model), PoolFigures.of(real(), model), heldOut);
  }
}
