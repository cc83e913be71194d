package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.EvalQuery;
import fr.passerelles.eval.EvalSet;
import fr.passerelles.eval.ScoreModelFitter;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.ScoreModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * {@code fit-score}: fits the matcher's fusion model on labelled queries and writes it where the
 * matcher reads it ({@code --write}).
 */
final class FitScoreCommand {
  static final Path MODEL_FILE = Path.of("src/main/resources/fr/passerelles/match/score-model.properties");

  private FitScoreCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    EvalSet set = EvalSet.load(Path.of(args.flags().getOrDefault("queries", EvalCommand.DEFAULT_QUERIES)));
    List<ScoreModelFitter.Labelled> queries = new ArrayList<>();
    for (EvalQuery q : set.queries()) {
      if (!q.branch().isEmpty()) {
        queries.add(ScoreModelFitter.Labelled.of(q.text(), SheetType.BRANCH, new HashSet<>(q.branch())));
      }
      if (!q.rome().isEmpty()) {
        queries.add(ScoreModelFitter.Labelled.of(q.text(), SheetType.ROME, new HashSet<>(q.rome())));
      }
    }
    try (Passerelles p = Passerelles.open(paths)) {
      ScoreModel model = ScoreModelFitter.fit(p.textMatcher(), queries,
          "bin/passerelles fit-score on the development set (" + queries.size() + " rankings)");
      out.print(model.toProperties());
      if (args.flags().containsKey("write")) {
        Files.writeString(MODEL_FILE, model.toProperties());
        out.println("written to " + MODEL_FILE);
      }
    }
    return 0;
  }
}
