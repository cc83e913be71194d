package fr.passerelles.cli;

import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.corpus.CorpusProblem;
import fr.passerelles.corpus.CorpusStats;
import fr.passerelles.corpus.CorpusValidator;
import java.io.PrintWriter;
import fr.passerelles.rome.RomeRelease;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** {@code corpus check}: validates the branch corpus (and the ROME release) and prints counts. */
final class CorpusCheckCommand {
  private CorpusCheckCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) {
    Corpus corpus = CorpusLoader.load(paths.corpusDir());
    Optional<RomeRelease> rome = paths.romeDir().map(RomeRelease::load);
    List<CorpusProblem> problems =
        CorpusValidator.validate(corpus, rome.<Predicate<String>>map(r -> code -> r.sheet(code).isPresent()).orElse(null));
    out.println("Branch corpus " + paths.corpusDir() + " (sha256 " + corpus.checksum().substring(0, 12) + ")");
    CorpusStats.of(corpus).counts().forEach((k, v) -> out.printf(java.util.Locale.ROOT, "  %-34s %6d%n", k, v));
    if (rome.isPresent()) {
      out.println("ROME release " + paths.romeDir().orElseThrow() + " (" + rome.get().version().describe() + ")");
      rome.get().summary().counts().forEach((k, v) -> out.printf(java.util.Locale.ROOT, "  %-34s %6d%n", k, v));
    } else {
      out.println("No ROME release given (--rome DIR or " + DataPaths.ENV_ROME + "): ROME codes checked for format only");
    }
    for (CorpusProblem p : problems) {
      out.println("PROBLEM " + p);
    }
    out.println(problems.isEmpty() ? "corpus OK" : problems.size() + " problem(s)");
    return problems.isEmpty() ? 0 : 1;
  }
}
