package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures of docs/quality.md are the code's: this reruns the default chain on the development
 * set and compares with the row the eval command wrote. A change of the matcher, the chain, the
 * corpus or the queries that moves a figure fails here until the docs are regenerated.
 */
class MatchQualityIT {
  @TempDir Path indexDir;

  @Test
  void default_chain_reproduces_the_documented_figures_and_meets_the_branch_target() throws Exception {
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(rome), "the documented figures are measured with the ROME release");
    EvalSet set = EvalSet.load(Path.of("src/test/resources/eval/queries.jsonl"));
    String doc = Files.readString(Path.of("docs/quality.md"), StandardCharsets.UTF_8);
    assertTrue(doc.contains("sha256 " + set.sha256().substring(0, 12)), "docs/quality.md was written for other queries");
    Matcher row = Pattern.compile("\\| passerelles-light\\+synonyms \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\| ([0-9.]+) \\|").matcher(doc);
    assertTrue(row.find(), "no default-chain row in docs/quality.md");

    try (Passerelles p = Passerelles.open(new DataPaths(TestCorpus.dir(), Optional.of(rome), indexDir))) {
      MatchEvaluation.Report r = MatchEvaluation.run(p.analysis().id(), p.textMatcher(), set.queries());
      double[] measured = {r.branch().top1(), r.branch().top3(), r.branch().mrr(), r.rome().top1(), r.rome().top3(), r.rome().mrr()};
      for (int i = 0; i < measured.length; i++) {
        assertEquals(Double.parseDouble(row.group(i + 1)), measured[i], 0.0005, "column " + (i + 1) + " of the default-chain row");
      }
      assertTrue(r.branch().top3() >= 0.90, "branch top-3 target: " + r.branch().top3());
    }
  }
}
