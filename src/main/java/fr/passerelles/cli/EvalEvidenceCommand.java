package fr.passerelles.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.EvidenceCandidates;
import fr.passerelles.eval.EvidenceGrade;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code eval-evidence}: the graded evidence set (candidates to grade, model fit, held-out report). */
final class EvalEvidenceCommand {
  static final String DEFAULT_TEXTS = "src/test/resources/eval/evidence/texts";

  private EvalEvidenceCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    if (args.flags().containsKey("candidates")) {
      ObjectMapper json = new ObjectMapper();
      try (Passerelles p = Passerelles.open(paths)) {
        for (EvidenceGrade g : EvidenceCandidates.of(Path.of(args.flags().getOrDefault("texts", DEFAULT_TEXTS)), p.textMatcher())) {
          out.println(json.writeValueAsString(g));
        }
      }
      return 0;
    }
    throw new UsageException("eval-evidence expects --candidates");
  }
}
