// Probe of issue 10 (session 14), kept so the table "Mixed requests" of docs/quality.md ("The branch
// sheets' own words") can be reproduced: for each labelled text with a branch label, the branch métiers
// of a mixed answer (60 asked, no type) in their order, against the branch-only answer; top-1 / top-3 /
// MRR over ids (a sub-sheet is not credited to its métier, unlike `bin/passerelles eval`).
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/MixedBranchProbe.java src/test/resources/eval/queries.jsonl src/test/resources/eval/real-style-3.jsonl …
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.*;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.*;
import java.nio.file.*;
import java.util.*;
/** Throwaway: the branch métiers of a mixed answer against the branch-only answer. */
public class MixedBranchProbe {
  public static void main(String[] a) throws Exception {
    try (Passerelles p = Passerelles.open(DataPaths.resolve(java.util.Map.of(), System.getenv()))) {
      var m = p.textMatcher();
      for (String f : a) {
        double[] mixed = new double[3], only = new double[3]; int n = 0;
        for (EvalQuery q : EvalSet.load(Path.of(f)).queries()) {
          if (q.branch().isEmpty()) continue;
          n++;
          List<String> mx = m.match(q.text(), MatchOptions.DEFAULT.withLimit(80)).matches().stream().filter(s -> s.type() == SheetType.BRANCH).map(SheetMatch::id).toList();
          List<String> br = m.match(q.text(), MatchOptions.DEFAULT.withLimit(10).withType(SheetType.BRANCH)).matches().stream().map(SheetMatch::id).toList();
          add(mixed, mx, q.branch()); add(only, br, q.branch());
        }
        System.out.printf("%s n=%d mixed %.3f/%.3f/%.3f branch-only %.3f/%.3f/%.3f%n", f, n, mixed[0]/n, mixed[1]/n, mixed[2]/n, only[0]/n, only[1]/n, only[2]/n);
      }
    }
  }
  static void add(double[] acc, List<String> r, List<String> gold) {
    for (int i = 0; i < Math.min(10, r.size()); i++) if (gold.contains(r.get(i))) { if (i == 0) acc[0]++; if (i < 3) acc[1]++; acc[2] += 1.0 / (i + 1); return; }
  }
}
