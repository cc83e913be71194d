// Probe of issue 10 (session 13), kept so the table "What the first answer carries" of
// docs/matching.md § 6 can be reproduced: for each labelled text of one or more query files (one
// split of them, or all), the first branch métier and the first ROME sheet the matcher gives, whether
// it is right, whether the answer says it is confident, and how many evidence items it shows; then
// the counts by view.
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/TopAnswerProbe.java dev src/test/resources/eval/real-style.jsonl,src/test/resources/eval/real-style-2.jsonl,src/test/resources/eval/real-style-3.jsonl
// (arguments: dev|test|all, the comma-separated files). Rows go to stdout, tab-separated; the counts last.
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.EvalQuery;
import fr.passerelles.eval.EvalSet;
import fr.passerelles.eval.SkillQuerySet;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.match.SheetMatch;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** Throwaway: the first answer of each labelled text, right or not, confident or not, evidenced or not. */
public class TopAnswerProbe {
  public static void main(String[] a) throws Exception {
    Map<SheetType, int[]> counts = new EnumMap<>(SheetType.class);
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      for (String f : a[1].split(",")) {
        EvalSet set = EvalSet.load(Path.of(f));
        if (!a[0].equals("all")) {
          set = set.only(SkillQuerySet.Split.parse(a[0]));
        }
        for (EvalQuery q : set.queries()) {
          for (SheetType t : SheetType.values()) {
            var gold = t == SheetType.BRANCH ? q.branch() : q.rome();
            if (gold.isEmpty()) {
              continue;
            }
            MatchResult r;
            try {
              r = p.textMatcher().match(q.text(), new MatchOptions(3, t, null, 3));
            } catch (NotFrenchException e) {
              continue;
            }
            if (r.matches().isEmpty()) {
              continue;
            }
            SheetMatch m = r.matches().get(0);
            String metier = m.id().length() >= 4 ? m.id().substring(0, 4) : m.id();
            boolean right = gold.contains(m.id()) || gold.contains(metier);
            boolean evidenced = !m.evidence().isEmpty();
            System.out.printf("%s\t%s\t%s\t%s\t%.3f\t%s\t%d\t%s%n", q.id(), q.kind(), t.json(), r.confident(), m.score(),
                right, m.evidence().size(), m.id());
            int[] c = counts.computeIfAbsent(t, k -> new int[8]);
            c[(right ? 0 : 1) + (r.confident() ? 0 : 2)]++;
            c[4 + (right ? 0 : 1) + (evidenced ? 0 : 2)]++;
          }
        }
      }
    }
    System.out.println("view\ttexts\tconfident right\tconfident wrong\tnot confident right\tnot confident wrong"
        + "\tevidenced right\tevidenced wrong\tno evidence right\tno evidence wrong");
    counts.forEach((t, c) -> System.out.printf("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d%n", t.json(),
        c[0] + c[1] + c[2] + c[3], c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
  }
}
