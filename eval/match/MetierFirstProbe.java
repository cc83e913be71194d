// Probe of issue 10 (session 17), kept so the count in docs/quality.md ("The session's change, read
// once on two fresh sets") can be reproduced: for the texts labelled with one branch métier, how many
// a branch request ranks it first for, and which métier is first when it is not.
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     -Dmetier=0102 eval/match/MetierFirstProbe.java src/test/resources/eval/real-style.jsonl src/test/resources/eval/real-style-2.jsonl …
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.*;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.*;
import java.nio.file.*;
import java.util.*;
/** Texts labelled with one métier: first right, or which métier is first instead, and the métier's rank. */
public class MetierFirstProbe {
  public static void main(String[] a) throws Exception {
    String metier = System.getProperty("metier", "0102");
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      Map<String, Integer> first = new TreeMap<>();
      int n = 0, right = 0;
      for (String f : a) {
        for (EvalQuery q : EvalSet.load(Path.of(f)).queries()) {
          if (!q.branch().contains(metier)) continue;
          MatchResult r;
          try { r = p.textMatcher().match(q.text(), new MatchOptions(10, SheetType.BRANCH, null, 0)); } catch (NotFrenchException e) { continue; }
          n++;
          SheetMatch top = r.matches().get(0);
          if (q.branch().contains(top.id()) || q.branch().contains(top.metier())) { right++; continue; }
          first.merge(top.id(), 1, Integer::sum);
          int rank = 0;
          for (int i = 0; i < r.matches().size(); i++) if (r.matches().get(i).id().equals(metier)) rank = i + 1;
          System.out.println(q.id() + " first " + top.id() + " " + metier + "@" + rank + " " + q.kind());
        }
      }
      System.out.println(n + " texts labelled " + metier + ", a right métier first " + right + "; wrong first: " + first);
    }
  }
}
