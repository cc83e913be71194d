// Probe of issue 10 (session 19), kept so the table "A first answer's support, vote and confidence"
// of docs/quality.md can be reproduced: for each labelled text of the given files, its first branch
// and ROME answers (the text's own set left out of the labelled texts' vote), counted by whether
// they are supported (evidence or a recognised title), voted (a neighbour share above 0),
// confident, and right.
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/SupportProbe.java src/test/resources/eval/real-style*.jsonl
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.LabelledText;
import fr.passerelles.eval.*;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.*;
import java.nio.file.*;
import java.util.*;
/** First answer by type: supported (evidence or title) or not, confident or not, right or not; own set left out of the vote. */
public class SupportProbe {
  public static void main(String[] a) throws Exception {
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      TextMatcher on = p.textMatcher();
      Map<String, int[]> c = new TreeMap<>();
      for (String f : a) for (EvalQuery q : EvalSet.load(Path.of(f)).queries()) {
        TextMatcher held = on.withExampleVote(on.matcher().exampleVote().without(LabelledText.setOf(q.id())));
        for (SheetType t : SheetType.values()) {
          List<String> gold = t == SheetType.BRANCH ? q.branch() : q.rome();
          if (gold.isEmpty()) continue;
          MatchResult r;
          try { r = held.match(q.text(), new MatchOptions(3, t, null, 3)); } catch (NotFrenchException e) { continue; }
          if (r.matches().isEmpty()) continue;
          SheetMatch m = r.matches().get(0);
          boolean right = gold.contains(m.id()) || gold.contains(m.metier());
          boolean supported = !m.evidence().isEmpty() || m.features().title() > 0;
          String key = t + (supported ? " supported" : " unsupported") + (m.neighbourShare() > 0 ? " voted" : " unvoted") + (r.confident() ? " confident" : " not-confident");
          int[] x = c.computeIfAbsent(key, k -> new int[2]);
          x[0]++; if (right) x[1]++;
        }
      }
      c.forEach((k, x) -> System.out.printf("%-40s %5d right %5d (%.3f)%n", k, x[0], x[1], x[1] / (double) x[0]));
    }
  }
}
