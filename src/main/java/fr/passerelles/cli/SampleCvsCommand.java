package fr.passerelles.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.eval.OnePageCvs;
import fr.passerelles.rome.RomeRelease;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * {@code sample-cvs [--count 100] [--seed 14]}: distinct one-page CVs generated reproducibly from
 * the corpus, the ROME release and the noise template bank ({@link OnePageCvs}), one NDJSON line
 * each ({@code {"id", "sheet", "text"}}), for the batch measurement (bench/batch.sh).
 */
final class SampleCvsCommand {
  static final int DEFAULT_COUNT = 100;
  static final int DEFAULT_SEED = 14;

  private SampleCvsCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    int count = args.intFlag("count", DEFAULT_COUNT);
    if (count < 1) {
      throw new UsageException("--count expects a positive number");
    }
    int seed = args.intFlag("seed", DEFAULT_SEED);
    RomeRelease rome = paths.romeDir().map(RomeRelease::load).orElse(null);
    OnePageCvs cvs = new OnePageCvs(CorpusLoader.load(paths.corpusDir()), rome);
    ObjectMapper json = new ObjectMapper();
    for (OnePageCvs.Cv cv : cvs.generate(count, seed)) {
      out.println(json.writeValueAsString(Map.of("id", cv.id(), "sheet", cv.sheet(), "text", cv.text())));
    }
    return 0;
  }
}
