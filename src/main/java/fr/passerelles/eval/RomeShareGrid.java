package fr.passerelles.eval;

import fr.passerelles.eval.ScoreModelFitter.PoolFigures;
import fr.passerelles.eval.ScoreModelFitter.QueryRows;
import fr.passerelles.match.ScoreModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two ROME fusions (texts that name a job, texts that name none) fitted on three sources: the
 * development set, real-style texts and the benchmark's train sheets. The real texts take a share
 * ρ of the development set's part of each model, so the benchmark keeps the part the committed
 * rule gave it. Read on the development set, the train sheets, and the real texts with each file
 * left out of the fit that ranks it (docs/quality.md, "The ROME fusion fitted on the eight
 * real-style sets too").
 *
 * @param devSet the development set's ROME rankings
 * @param bench the benchmark's train-sheet rankings
 * @param realByFile the real texts' ROME rankings, by file (each a fold)
 * @param devShareNamed the development set's committed share of the named model
 * @param devShareUnnamed the development set's committed share of the unnamed model
 */
public record RomeShareGrid(List<QueryRows> devSet, List<QueryRows> bench, Map<String, List<QueryRows>> realByFile,
    double devShareNamed, double devShareUnnamed) {

  public RomeShareGrid {
    devSet = List.copyOf(devSet);
    bench = List.copyOf(bench);
    realByFile = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(realByFile));
  }

  /** One pair of models and its figures on the three readings. */
  public record Row(String name, ScoreModel named, ScoreModel unnamed, PoolFigures devSet, PoolFigures bench,
      PoolFigures realInSample, PoolFigures realHeldOut) {}

  /** Every real text, files in order. */
  public List<QueryRows> real() {
    return realByFile.values().stream().flatMap(List::stream).toList();
  }

  /** Fixed models (the committed ones): they never saw the real texts, so both readings are held out. */
  public Row read(String name, ScoreModel named, ScoreModel unnamed) {
    PoolFigures real = figures(real(), named, unnamed);
    return new Row(name, named, unnamed, figures(devSet, named, unnamed), figures(bench, named, unnamed), real, real);
  }

  /** Both models at real share {@code rho}, and their leave-one-file-out reading on the real texts. */
  public Row fit(double rho, String description) {
    ScoreModel named = fitOne(real(), rho, true, description + ", texts that name a job");
    ScoreModel unnamed = fitOne(real(), rho, false, description + ", texts that name none");
    PoolFigures heldOut = new PoolFigures(0, 0, 0, 0);
    for (Map.Entry<String, List<QueryRows>> file : realByFile.entrySet()) {
      List<QueryRows> others = othersThan(file.getKey());
      heldOut = heldOut.plus(figures(file.getValue(), fitOne(others, rho, true, "fold"), fitOne(others, rho, false, "fold")));
    }
    return new Row(String.format(java.util.Locale.ROOT, "real share %.2f", rho), named, unnamed,
        figures(devSet, named, unnamed), figures(bench, named, unnamed), figures(real(), named, unnamed), heldOut);
  }

  private ScoreModel fitOne(List<QueryRows> real, double rho, boolean named, String description) {
    double dev = named ? devShareNamed : devShareUnnamed;
    return ScoreModelFitter.fit(ScoreModelFitter.shares(List.of(kind(devSet, named), kind(real, named), kind(bench, named)),
        new double[] {dev * (1 - rho), dev * rho, 1 - dev}), description);
  }

  /** How the matcher applies the pair: each text by its kind's model. */
  static PoolFigures figures(List<QueryRows> data, ScoreModel named, ScoreModel unnamed) {
    return PoolFigures.of(kind(data, true), named).plus(PoolFigures.of(kind(data, false), unnamed));
  }

  private static List<QueryRows> kind(List<QueryRows> data, boolean named) {
    return data.stream().filter(q -> q.named() == named).toList();
  }

  private List<QueryRows> othersThan(String left) {
    return ScoreModelFitter.allBut(realByFile, left);
  }
}
