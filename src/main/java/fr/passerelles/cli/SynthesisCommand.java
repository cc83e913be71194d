package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import java.io.IOException;
import java.io.PrintWriter;

/** {@code synthesis}: the study's synthesis table as CSV on stdout (métier × degree × target × competence). */
final class SynthesisCommand {
  private SynthesisCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    try (Passerelles p = Passerelles.open(paths)) {
      p.mobility().writeSynthesis(out);
    }
    return 0;
  }
}
