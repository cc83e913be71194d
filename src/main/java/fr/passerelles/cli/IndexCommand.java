package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.search.SkillSearch;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code index}: opens the index, building it when the corpus, ROME release or chain changed, and
 * the skill search's index in the same generation.
 */
final class IndexCommand {
  private IndexCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    long start = System.nanoTime();
    try (Passerelles p = Passerelles.open(paths)) {
      var manifest = p.indexes().manifest();
      out.printf(Locale.ROOT, "index %s ready in %d ms (built in %d ms at %s)%n",
          p.indexes().dir(), (System.nanoTime() - start) / 1_000_000, manifest.buildMillis(), manifest.builtAt());
      out.println("  analysis: " + manifest.source().analysis());
      out.println("  rome: " + manifest.source().romeRelease().replaceAll(" \\{.*", ""));
      manifest.counts().forEach((k, v) -> out.printf(Locale.ROOT, "  %-12s %6d documents%n", k, v));
      // what every origin's own items state, read by the evidence judge into the generation now,
      // so that no passerelles request reads one
      long stated = System.nanoTime();
      int read = p.mobility().storeStatedItems();
      out.printf(Locale.ROOT, "  stated items of every origin ready in %d ms (%d read by the judge)%n",
          (System.nanoTime() - stated) / 1_000_000, read);
      // the recruiters' skill index is written into the generation now, so the service opens it fast
      long skills = System.nanoTime();
      try (SkillSearch s = new SkillSearch(p.indexes(), SkillSearch.synonymsOf(p.corpusDir()))) {
        out.printf(Locale.ROOT, "  skill index ready in %d ms%n", (System.nanoTime() - skills) / 1_000_000);
      }
    }
    return 0;
  }
}
