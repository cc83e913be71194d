// Throwaway probe of issue 13 (branch keygaps10), kept so the dev signal table of docs/mobility.md § 4
// can be reproduced: for each (origin, target, competence, grade, split) row of a TSV, signals a rule
// for `held` / `vague` key gaps could read — the item is a macro-compétence of ROME's tree, how many
// profiles list it, the IDF of its rarest / mean / commonest analyzed word over the profiles, whether
// the origin has an item under the same objectif, the origin's weight share in its enjeu, its weight,
// the latent cosine (index.LatentModel) of the item with the nearest origin item and with the
// origin's sheet, and the IDF cosine of the two texts after derivational conflation
// (analysis.DerivationalNormalizer, action nouns read as their verbs) with the nearest origin item.
//   bin/passerelles eval-mobility --key-gaps 0 >/dev/null   # builds the jar and the index
//   awk -F'\t' 'NR>1 && $1=="dev"{print $2"\t"$3"\t"$5"\t"$7"\tdev"}' eval/mobility/key-gaps-graded-v10.tsv > rows.tsv
//   awk -F'\t' 'NR>1{print $2"\t"$3"\t"$4"\t"$5"\tdev-rome"}' eval/mobility/key-gaps-dev-rome-graded.tsv >> rows.tsv
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/mobility/KeyGapSignalsProbe.java rows.tsv > signals.tsv
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.mobility.*;
import fr.passerelles.rome.*;
import java.nio.file.*;
import java.util.*;

/** Throwaway: per graded row (origin, target, competence, grade) tree and word-genericity signals. */
public class KeyGapSignalsProbe {
  public static void main(String[] a) throws Exception {
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      Mobility m = p.mobility();
      CompetenceTree tree = p.rome().get().competenceTree();
      List<MetierProfile> all = m.profiles();
      Map<String, Integer> df = new HashMap<>(), listing = new HashMap<>();
      for (MetierProfile pr : all) {
        Set<String> ts = new HashSet<>();
        pr.competences().forEach(c -> ts.addAll(c.terms()));
        ts.forEach(t -> df.merge(t, 1, Integer::sum));
        pr.competences().stream().map(ProfileCompetence::id).distinct().forEach(id -> listing.merge(id, 1, Integer::sum));
      }
      double N = all.size();
      fr.passerelles.index.LatentModel lat = p.indexes().latent(); fr.passerelles.analysis.DerivationalNormalizer dn = fr.passerelles.analysis.DerivationalNormalizer.extended(); org.apache.lucene.analysis.Analyzer an = p.analysis().indexAnalyzer();
      Map<String, double[]> lv = new HashMap<>(); Map<String, Map<String,Double>> dv = new HashMap<>(); Map<String,Integer> ddf = new HashMap<>();
      for (MetierProfile pr : all) { Set<String> ts = new HashSet<>(); for (ProfileCompetence c : pr.competences()) ts.addAll(deriv(dn, an, c.text())); ts.forEach(t -> ddf.merge(t, 1, Integer::sum)); }
      System.out.println("split\torigin\ttarget\tid\tgrade\tmacro\tsheets\tmaxIdf\tmeanIdf\tminIdf\tsameObj\tsameEnjeuShare\tkind\ttext\tweight\tlatItem\tlatSheet\tderivCos\tderivWith");
      for (String line : Files.readAllLines(Path.of(a[0]))) {
        String[] f = line.split("\t", -1);
        String origin = f[0], target = f[1], id = f[2], grade = f[3], split = f[4];
        MetierProfile o = m.profile(origin), t = m.profile(target);
        ProfileCompetence c = t.competences().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (c == null) { System.out.println(split + "\t" + origin + "\t" + target + "\t" + id + "\t" + grade + "\tNOTFOUND"); continue; }
        double max = 0, sum = 0, min = 1; int n = 0;
        for (String term : new LinkedHashSet<>(c.terms())) { double idf = Math.log(N / df.getOrDefault(term, 1)) / Math.log(N); max = Math.max(max, idf); min = Math.min(min, idf); sum += idf; n++; }
        String obj = c.macro() == 0 ? null : tree.path(c.macro()).map(x -> x.objectif().code()).orElse(null);
        boolean sameObj = obj != null && o.competences().stream().anyMatch(x -> x.macro() != 0 && obj.equals(tree.path(x.macro()).map(y -> y.objectif().code()).orElse(null)));
        double tot = o.competences().stream().mapToDouble(ProfileCompetence::weight).sum();
        double en = c.area() == null ? 0 : o.competences().stream().filter(x -> x.area() != null && x.area().code().equals(c.area().code())).mapToDouble(ProfileCompetence::weight).sum() / tot;
        double[] iv = lv.computeIfAbsent(c.text(), x -> lat.similarities(counts(an, x)));
        double latItem = 0; for (ProfileCompetence oc : o.competences()) latItem = Math.max(latItem, cos(iv, lv.computeIfAbsent(oc.text(), x -> lat.similarities(counts(an, x)))));
        double latSheet = -1; for (String s : o.sources().isEmpty() ? List.of(origin) : o.sources()) { int d = p.indexes().sheetDoc(s); if (d >= 0 && d < iv.length) latSheet = Math.max(latSheet, iv[d]); }
        Map<String,Double> di = dvec(deriv(dn, an, c.text()), ddf, N); double dc = 0; String dw = "";
        for (ProfileCompetence oc : o.competences()) { double x = dot(di, dvec(deriv(dn, an, oc.text()), ddf, N)); if (x > dc) { dc = x; dw = oc.text(); } }
        System.out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%b\t%d\t%.3f\t%.3f\t%.3f\t%b\t%.3f\t%s\t%s\t%.2f\t%.3f\t%.3f\t%.3f\t%s%n", split, origin, target, id, grade, c.isMacro(), listing.getOrDefault(id, 0), max, n == 0 ? 0 : sum / n, min, sameObj, en, c.kind(), c.text(), c.weight(), latItem, latSheet, dc, dw);
      }
    }
  }

  static Map<String, Double> counts(org.apache.lucene.analysis.Analyzer an, String text) { Map<String, Double> m = new HashMap<>(); for (String t : fr.passerelles.index.IndexBuilder.analyzedTerms(an, fr.passerelles.index.IndexFields.TEXT, text)) m.merge(t, 1.0, Double::sum); return m; }
  static double cos(double[] a, double[] b) { double d = 0, x = 0, y = 0; for (int i = 0; i < a.length; i++) { d += a[i] * b[i]; x += a[i] * a[i]; y += b[i] * b[i]; } return x == 0 || y == 0 ? 0 : d / Math.sqrt(x * y); }
  static Set<String> deriv(fr.passerelles.analysis.DerivationalNormalizer dn, org.apache.lucene.analysis.Analyzer an, String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) { if (w.isEmpty()) continue; List<String> v = dn.conflate(w); sb.append(v.isEmpty() ? w : v.get(0)).append(' '); }
    return new HashSet<>(fr.passerelles.index.IndexBuilder.analyzedTerms(an, fr.passerelles.index.IndexFields.TEXT, sb.toString()));
  }
  static Map<String, Double> dvec(Set<String> ts, Map<String, Integer> df, double N) { Map<String, Double> m = new HashMap<>(); double n = 0; for (String t : ts) { double w = Math.log(N / df.getOrDefault(t, 1)); m.put(t, w); n += w * w; } double s = Math.sqrt(n); if (s > 0) m.replaceAll((k, v) -> v / s); return m; }
  static double dot(Map<String, Double> a, Map<String, Double> b) { double d = 0; for (var e : a.entrySet()) d += e.getValue() * b.getOrDefault(e.getKey(), 0.0); return d; }
}
