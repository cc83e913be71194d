// Probe of issue 10 (session 19), kept so the table "Titles in inclusive writing" of docs/quality.md
// can be reproduced: each ROME appellation whose masculine and feminine forms differ by a usual
// ending ("Dépanneur-remorqueur / Dépanneuse-remorqueuse de véhicules") is written three ways, the
// masculine alone, with middle-dot marks ("Dépanneur·euse-remorqueur·euse de véhicules") and with
// full-stop marks ("Dépanneur.euse-remorqueur.euse …"), and matched as a title alone (ROME sheets,
// the appellation in the index: what is measured is whether the writing changes the answer).
// Prints, for each writing, how often the appellation's sheet comes first and in the first three.
//   bin/passerelles index >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/match/InclusiveTitlesProbe.java /work/shared/data/rome/unix_referentiel_appellation_v460_utf8.csv [EVERY]
// (EVERY: keep one appellation in EVERY, 1 by default.)
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class InclusiveTitlesProbe {
  /** masculine ending, feminine ending, the mark written after the masculine word. */
  static final String[][] ENDINGS = {
    {"teur", "trice", "rice"}, {"eur", "euse", "euse"}, {"ier", "ière", "ère"}, {"er", "ère", "ère"},
    {"ien", "ienne", "ne"}, {"on", "onne", "ne"}, {"el", "elle", "le"}, {"f", "ve", "ve"}, {"", "e", "e"}};

  public static void main(String[] a) throws Exception {
    int every = a.length > 1 ? Integer.parseInt(a[1]) : 1;
    List<String[]> titles = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(Path.of(a[0]), StandardCharsets.UTF_8)) {
      String header = r.readLine();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        // code_ogr,libelle_appellation_long,libelle_appellation_court,code_rome,…: the long label may be quoted
        List<String> f = csv(line);
        String label = f.get(1), code = f.get(3);
        int slash = label.indexOf(" / ");
        if (slash < 0) continue;
        String[] inclusive = inclusive(label.substring(0, slash), label.substring(slash + 3));
        if (inclusive == null || n++ % every != 0) continue;
        titles.add(new String[] {code, inclusive[0], inclusive[1], inclusive[2]});
      }
    }
    int[] first = new int[3], top3 = new int[3];
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      TextMatcher m = p.textMatcher();
      for (String[] t : titles) {
        for (int w = 0; w < 3; w++) {
          List<SheetMatch> ms;
          try { ms = m.match(t[w + 1], new MatchOptions(3, SheetType.ROME, null, 0)).matches(); } catch (NotFrenchException e) { ms = List.of(); }
          List<String> ids = ms.stream().map(SheetMatch::id).toList();
          if (!ids.isEmpty() && ids.get(0).equals(t[0])) first[w]++;
          if (ids.contains(t[0])) top3[w]++;
          if (w > 0 && a.length > 2 && !ids.contains(t[0])) System.out.println("miss\t" + t[w + 1] + "\t" + t[0] + "\t" + ids);
        }
      }
    }
    String[] names = {"masculine", "middle dot", "full stop"};
    System.out.printf("%d appellations%n", titles.size());
    for (int w = 0; w < 3; w++) {
      System.out.printf(Locale.ROOT, "%-10s top-1 %.3f top-3 %.3f%n", names[w], first[w] / (double) titles.size(), top3[w] / (double) titles.size());
    }
  }

  /** The masculine label, and its middle-dot and full-stop inclusive forms; null when no word has a usual ending. */
  static String[] inclusive(String masculine, String feminine) {
    String[] mw = masculine.split("(?<=[ \\-'])|(?=[ \\-'])"), fw = feminine.split("(?<=[ \\-'])|(?=[ \\-'])");
    if (mw.length != fw.length) return null;
    StringBuilder dot = new StringBuilder(), stop = new StringBuilder();
    boolean marked = false;
    for (int i = 0; i < mw.length; i++) {
      String mark = mw[i].equals(fw[i]) ? null : mark(mw[i], fw[i]);
      if (!mw[i].equals(fw[i]) && mark == null) return null;
      dot.append(mw[i]); stop.append(mw[i]);
      if (mark != null) { dot.append('·').append(mark); stop.append('.').append(mark); marked = true; }
    }
    return marked ? new String[] {masculine, dot.toString(), stop.toString()} : null;
  }

  static String mark(String m, String f) {
    for (String[] e : ENDINGS) {
      if (m.endsWith(e[0]) && f.equals(m.substring(0, m.length() - e[0].length()) + e[1])) return e[2];
    }
    return null;
  }

  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') { if (q && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; } else q = !q; }
      else if (c == ',' && !q) { out.add(cur.toString()); cur.setLength(0); }
      else cur.append(c);
    }
    out.add(cur.toString());
    return out;
  }
}
