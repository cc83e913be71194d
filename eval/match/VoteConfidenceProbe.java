// Probe of issue 10 (session 18; the ROME side, session 19), kept so the confidence figures in
// docs/quality.md ("Labelled texts as neighbours", "A first answer's support, vote and confidence")
// can be reproduced: for the labelled texts, how many branch (or, with `rome` first, ROME) answers
// are confident, and how many of those are right, with the labelled texts' vote (the text's own set
// left out) and without it; texts without a label of that type count their confident answers (all wrong).
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/VoteConfidenceProbe.java [rome] src/test/resources/eval/real-style-29.jsonl …
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.LabelledText;
import fr.passerelles.eval.*;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.*;
import java.nio.file.*;
import java.util.*;
public class VoteConfidenceProbe {
  public static void main(String[] a) throws Exception {
    boolean rome = a.length > 0 && a[0].equals("rome");
    SheetType type = rome ? SheetType.ROME : SheetType.BRANCH;
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      TextMatcher on = p.textMatcher(), off = on.withExampleVote(ExampleVote.OFF);
      int n = 0, confOn = 0, rightOn = 0, confOff = 0, rightOff = 0, outsideConfOn = 0, outsideConfOff = 0, outside = 0;
      for (String f : Arrays.asList(a).subList(rome ? 1 : 0, a.length)) for (EvalQuery q : EvalSet.load(Path.of(f)).queries()) {
        TextMatcher held = on.withExampleVote(on.matcher().exampleVote().without(LabelledText.setOf(q.id())));
        MatchOptions o = new MatchOptions(3, type, null, 0);
        List<String> gold = rome ? q.rome() : q.branch();
        MatchResult r1, r0;
        try { r1 = held.match(q.text(), o); r0 = off.match(q.text(), o); } catch (NotFrenchException e) { continue; }
        if (gold.isEmpty()) { outside++; if (r1.confident()) outsideConfOn++; if (r0.confident()) outsideConfOff++; continue; }
        if (r1.matches().isEmpty() || r0.matches().isEmpty()) continue;
        n++;
        SheetMatch t1 = r1.matches().get(0), t0 = r0.matches().get(0);
        if (r1.confident()) { confOn++; if (gold.contains(t1.id()) || gold.contains(t1.metier())) rightOn++; }
        if (r0.confident()) { confOff++; if (gold.contains(t0.id()) || gold.contains(t0.metier())) rightOff++; }
      }
      System.out.printf("%s texts %d: confident off %d (right %d), on %d (right %d); texts without such a label %d: confident off %d, on %d%n",
          rome ? "ROME" : "branch", n, confOff, rightOff, confOn, rightOn, outside, outsideConfOff, outsideConfOn);
    }
  }
}
