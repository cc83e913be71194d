package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.rome.CompetenceTree;
import fr.passerelles.search.EquivalenceMiner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mine-equivalences}: candidate equivalences for the skill search from ROME's competence
 * tree (words that substitute for each other in the labels of one macro-compétence), as a TSV to review;
 * the reviewed rows live in {@code src/main/resources/fr/passerelles/search/skill-equivalences-mined.tsv}.
 */
final class MineEquivalencesCommand {
  private MineEquivalencesCommand() {}

  static int run(Args args, DataPaths paths, PrintWriter out) throws IOException {
    try (Passerelles p = Passerelles.open(paths)) {
      CompetenceTree tree = p.rome().orElseThrow(() -> new UsageException("mine-equivalences needs the ROME release"))
          .competenceTree();
      Map<String, String> labels = new LinkedHashMap<>();
      tree.paths().forEach(m -> labels.put(Integer.toString(m.macro().ogr()), m.macro().label()));
      out.println("word\talternative\tcontexts\tsharedMacros\tsheetJaccard\texample");
      for (EquivalenceMiner.Candidate c : EquivalenceMiner.mine(p.indexes(), labels, args.intFlag("limit", 150))) {
        out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%.3f\t%s%n", c.word(), c.alternative(), c.contexts(),
            c.sharedMacros(), c.sheetJaccard(), c.example());
      }
    }
    return 0;
  }
}
