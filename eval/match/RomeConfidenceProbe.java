// Probe of issue 10 (session 19), kept so the ROME confidence figures in docs/quality.md ("A first
// answer's support, vote and confidence") can be reproduced: for the labelled texts, how many ROME
// answers are confident, and how many of those are right, with the labelled texts' vote (the text's own set left out) and
// without it; texts without a ROME label count their confident ROME answers (all wrong).
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/RomeConfidenceProbe.java src/test/resources/eval/real-style*.jsonl
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.LabelledText;
import fr.passerelles.eval.*;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.*;
import java.nio.file.*;
import java.util.*;
public class RomeConfidenceProbe {
  public static void main(String[] a) throws Exception {
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      TextMatcher on = p.textMatcher(), off = on.withExampleVote(ExampleVote.OFF);
      int n = 0, confOn = 0, rightOn = 0, confOff = 0, rightOff = 0, outsideConfOn = 0, outsideConfOff = 0, outside = 0;
      for (String f : a) for (EvalQuery q : EvalSet.load(Path.of(f)).queries()) {
        TextMatcher held = on.withExampleVote(on.matcher().exampleVote().without(LabelledText.setOf(q.id())));
        MatchOptions o = new MatchOptions(3, SheetType.ROME, null, 0);
        MatchResult r1, r0;
        try { r1 = held.match(q.text(), o); r0 = off.match(q.text(), o); } catch (NotFrenchException e) { continue; }
        if (q.rome().isEmpty()) { outside++; if (r1.confident()) outsideConfOn++; if (r0.confident()) outsideConfOff++; continue; }
        n++;
        if (r1.matches().isEmpty() || r0.matches().isEmpty()) continue; SheetMatch t1 = r1.matches().get(0), t0 = r0.matches().get(0);
        if (r1.confident()) { confOn++; if (q.rome().contains(t1.id())) rightOn++; }
        if (r0.confident()) { confOff++; if (q.rome().contains(t0.id())) rightOff++; }
      }
      System.out.printf("ROME texts %d: confident off %d (right %d), on %d (right %d); texts without a ROME label %d: confident off %d, on %d%n",
          n, confOff, rightOff, confOn, rightOn, outside, outsideConfOff, outsideConfOn);
    }
  }
}
