// Probe of issue 10 (session 20), kept so the lead in docs/quality.md ("Third-party job ads, and
// what they showed", last paragraph) can be reproduced: for the texts of one kind in query files,
// whether the first ROME sheet is right, and whether the sheet of the strongest recognised title
// (the `title` signal at or over a floor) is. Run it on texts OUTSIDE corpus/examples/ only: the
// vote of the labelled texts would see a text of the examples itself (`eval` leaves a text's own
// set out; this probe does not).
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/PostedTitleProbe.java ad FILE1,FILE2 0.3
// (arguments: the kind, the comma-separated files, the title floor). Texts where the title is right
// and the first sheet is not are printed, then the counts.
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.eval.EvalQuery;
import fr.passerelles.eval.EvalSet;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.SheetMatch;
import java.nio.file.*;
import java.util.*;

/** Throwaway: for texts of one kind: is the sheet with the strongest recognised title right, and is the first sheet? */
public class PostedTitleProbe {
  public static void main(String[] a) throws Exception {
    String kind = a[0];
    int n = 0, titled = 0, titleRight = 0, topRight = 0, topRightTitled = 0, both = 0, titleOnly = 0, topOnly = 0;
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      for (String f : a[1].split(",")) {
        for (EvalQuery q : EvalSet.load(Path.of(f)).queries()) {
          if (!q.kind().equals(kind) || q.rome().isEmpty()) continue;
          MatchResult r;
          try { r = p.textMatcher().match(q.text(), new MatchOptions(40, SheetType.ROME, null, 0)); } catch (Exception e) { continue; }
          n++;
          if (r.matches().isEmpty()) continue;
          boolean top = q.rome().contains(r.matches().get(0).id());
          topRight += top ? 1 : 0;
          SheetMatch best = r.matches().stream().filter(m -> m.features().title() > 0)
              .max(Comparator.comparingDouble(m -> m.features().title())).orElse(null);
          if (best == null || best.features().title() < Double.parseDouble(a[2])) continue;
          titled++;
          boolean t = q.rome().contains(best.id());
          titleRight += t ? 1 : 0;
          topRightTitled += top ? 1 : 0;
          if (t && top) both++; else if (t) titleOnly++; else if (top) topOnly++;
          if (t && !top) System.out.println("title right, top wrong: " + q.id() + " " + best.id() + " " + best.features().title() + " top " + r.matches().get(0).id());
        }
      }
    }
    System.out.printf("%s texts %d, top-1 right %d; with a title >= %s: %d, strongest title right %d, top right %d (both %d, title only %d, top only %d)%n",
        kind, n, topRight, a[2], titled, titleRight, topRightTitled, both, titleOnly, topOnly);
  }
}
