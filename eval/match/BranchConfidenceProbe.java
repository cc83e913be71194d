// Probe of issue 10 (session 14), kept so the table "The ceiling of a branch request" of
// docs/quality.md can be reproduced: for each text of the given files, a branch request; how often the
// answer is confident for texts WITHOUT a branch label (it should say "no confident match"), and for
// texts with one, whether the first métier is right and whether the answer is confident.
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/BranchConfidenceProbe.java src/test/resources/eval/real-style.jsonl src/test/resources/eval/real-style-2.jsonl …
//   (add -Dprior=λ before -cp for the branch métiers' headcount prior at λ)
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.*;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.*;
import java.nio.file.*;
import java.util.*;
/** Branch requests: how often the answer is confident, for texts with and without a branch label. */
public class BranchConfidenceProbe {
  public static void main(String[] a) throws Exception {
    try (Passerelles p = Passerelles.open(DataPaths.resolve(java.util.Map.of(), System.getenv()))) {
      var m = p.textMatcher();
      // -Dprior=λ: the branch métiers' headcount prior at λ (docs/quality.md, "A branch métier's headcount as its prior")
      if (System.getProperty("prior") != null) {
        m = m.withBranchPrior(m.matcher().branchPrior().withWeight(Double.parseDouble(System.getProperty("prior"))));
      }
      int off = 0, offConf = 0, on = 0, onConf = 0, onConfRight = 0, onRight = 0;
      for (String f : a) {
        for (EvalQuery q : EvalSet.load(Path.of(f)).queries()) {
          MatchResult r;
          try { r = m.match(q.text(), MatchOptions.DEFAULT.withType(SheetType.BRANCH)); } catch (NotFrenchException e) { continue; }
          boolean right = !r.matches().isEmpty() && (q.branch().contains(r.matches().get(0).id()) || q.branch().contains(r.matches().get(0).metier()));
          if (q.branch().isEmpty()) { off++; if (r.confident()) offConf++; }
          else { on++; if (right) onRight++; if (r.confident()) { onConf++; if (right) onConfRight++; } }
        }
      }
      System.out.printf("no branch label: %d texts, confident %d | branch label: %d texts, right %d, confident %d, confident right %d%n", off, offConf, on, onRight, onConf, onConfRight);
    }
  }
}
