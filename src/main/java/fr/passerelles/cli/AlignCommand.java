package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.mobility.AlignmentCsv;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code align}: the alignment of every branch competence on ROME's competence tree, as the CSV
 * committed under {@code corpus/generated/alignment.csv} (needs a ROME release).
 */
final class AlignCommand {
  private AlignCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    if (paths.romeDir().isEmpty()) {
      throw new IllegalArgumentException("align needs a ROME release (--rome DIR)");
    }
    try (Passerelles p = Passerelles.open(paths)) {
      out.print(AlignmentCsv.render(p.mobility().alignment()));
    }
    return 0;
  }
}
