// Throwaway probe of issue 13 (branch keygaps9), kept so the dev table of docs/mobility.md § 4 can be
// reproduced: for each (origin, target, competence) row of a TSV, the evidence judge's best
// probability that one of the origin's own items states the competence, four ways — the origin's
// competences as plain segments (competencesOnly), its competences, activities and definition
// sentences as plain segments (sheetItems), the same read by the NLP step with action phrases and
// action nouns (sheetItemsNlp, the variant kept: mobility.StatedItems), and the judge's features
// computed for the pair directly, without the evidence step's ten items per span (directUncapped).
//   bin/passerelles eval-mobility --key-gaps 0 >/dev/null   # builds the jar and the index
//   source bin/jdk.sh; java -Xmx2g --add-modules jdk.incubator.vector -cp "target/passerelles.jar:target/lib/*" \
//     eval/mobility/StatedItemsProbe.java eval/mobility/key-gaps-dev-rome-graded.tsv 1 3 > out.tsv
// (arguments: the TSV, the origin's column, the competence's column, 0-based).
import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.*;
import fr.passerelles.match.*;
import fr.passerelles.mobility.*;
import java.nio.file.*;
import java.util.*;

/** Throwaway: for each (origin, target, competence) row of stdin TSV, the judge's best probability that an origin item states it. */
public class StatedItemsProbe {
  public static void main(String[] a) throws Exception {
    try (Passerelles p = Passerelles.open(DataPaths.resolve(Map.of(), System.getenv()))) {
      Mobility m = p.mobility();
      EvidenceProbe probe = new EvidenceProbe(p.indexes(), p.analysis().queryAnalyzer(), EvidenceModel.load());
      Map<String, List<ItemRecord>> bySheet = new HashMap<>();
      for (ItemType t : ItemType.values()) for (ItemRecord r : p.indexes().allItems(t)) for (String s : r.sheets()) bySheet.computeIfAbsent(s, k -> new ArrayList<>()).add(r);
      Map<String, Map<String, double[]>> cache = new HashMap<>();
      Map<String, Map<String, String>> spanOf = new HashMap<>();
      List<String> lines = Files.readAllLines(Path.of(a[0]));
      int oc = Integer.parseInt(a[1]), cc = Integer.parseInt(a[2]);
      System.out.println(lines.get(0) + "\tpC\tcosC\tpA\tcosA\tpN\tcosN\tspan\tpD\tcosD\tspanD");
      EvidenceModel model = EvidenceModel.load();
      Map<String, int[]> where = new HashMap<>();
      for (ItemType t : ItemType.values()) { List<ItemRecord> l = p.indexes().allItems(t); for (int i = 0; i < l.size(); i++) where.putIfAbsent(l.get(i).id(), new int[]{t.ordinal(), i}); }
      Map<String, List<String>> allTexts = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        String origin = f[oc], comp = f[cc];
        Map<String, double[]> best = cache.computeIfAbsent(origin, o -> {
          MetierProfile prof = m.profile(o);
          List<String> comps = prof.competences().stream().map(ProfileCompetence::text).toList();
          Set<String> all = new LinkedHashSet<>(comps);
          List<String> sheets = new ArrayList<>(prof.sources()); if (sheets.isEmpty() || prof.type()==SheetType.ROME) sheets.add(o);
          for (String s : sheets) for (ItemRecord r : bySheet.getOrDefault(s, List.of())) all.add(r.text());
          System.err.println(o + " sources=" + prof.sources() + " comps=" + comps.size() + " all=" + all.size());
          Map<String, double[]> out = new HashMap<>(); allTexts.put(o, new ArrayList<>(all));
          Map<String, String> sp = new HashMap<>(); spanOf.put(o, sp);
          try {
            run(probe, plain(comps), out, 0, sp);
            run(probe, plain(new ArrayList<>(all)), out, 2, sp);
            run(probe, p.textMatcher().understand(String.join("\n", all)), out, 4, sp);
          } catch (Exception e) { throw new RuntimeException(e); }
          return out;
        });
        double[] b = best.getOrDefault(comp, new double[6]);
        double bestD = 0, bestCos = 0; String bestSpan = "";
        int[] w = where.get(comp);
        if (w != null) {
          ItemType t = ItemType.values()[w[0]]; ItemVectors v = p.indexes().vectors(t); ItemRecord item = p.indexes().allItems(t).get(w[1]);
          for (String s : allTexts.get(origin)) {
            double[] r = direct(p, model, v, item, w[1], s);
            if (r[0] > bestD) { bestD = r[0]; bestSpan = s; }
            bestCos = Math.max(bestCos, r[1]);
          }
        }
        System.out.printf(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%.3f\t%.3f\t%s%n", line, b[0], b[1], b[2], b[3], b[4], b[5], spanOf.get(origin).getOrDefault(comp, ""), bestD, bestCos, bestSpan);
      }
    }
  }
  static double[] direct(Passerelles p, EvidenceModel model, ItemVectors v, ItemRecord item, int itemNo, String text) {
    Set<String> terms = new LinkedHashSet<>(IndexBuilder.analyzedTerms(p.analysis().queryAnalyzer(), IndexFields.TEXT, text));
    double spanNorm = 0; Set<Integer> ids = new HashSet<>();
    for (String t : terms) { int id = v.termId(t); spanNorm += id < 0 ? v.unknownWeight() : v.weight(id); if (id >= 0) ids.add(id); }
    double shared = 0, itemNorm = 0, rarest = -1; int matched = 0; boolean rarestM = false;
    for (int id : v.termIds(itemNo)) { double wt = id < 0 ? v.unknownWeight() : v.weight(id); itemNorm += wt; boolean has = id >= 0 && ids.contains(id); if (has) { shared += wt; matched++; } if (wt > rarest) { rarest = wt; rarestM = has; } }
    int need = Math.min(2, v.termCount(itemNo));
    if (matched < need || matched == 0) return new double[2];
    double cos = shared / Math.sqrt(v.norm(itemNo) * spanNorm);
    List<String> it = item.terms();
    String head = it.size() > 1 && Set.of("asur", "realis", "efectu", "proced", "particip").contains(it.get(0)) ? it.get(1) : it.isEmpty() ? "" : it.get(0);
    boolean headM = !head.isEmpty() && hasForm(terms, head);
    EvidenceFeatures f = new EvidenceFeatures(cos, Math.min(1, shared / itemNorm), Math.min(1, shared / spanNorm), Math.max(1, matched), Math.max(1, it.size()), rarestM, headM, terms.size(), 1, false, false, false,
        "savoir".equals(item.kind()) || "langue".equals(item.kind()), item.shapes().contains(ItemShape.QUALIFICATION), item.shapes().contains(ItemShape.SUMMARY));
    return new double[] {model.probability(f), cos};
  }
  static final Map<String, String> IRR = Map.of("ger", "gestion", "prend", "pris", "tenir", "tenu", "mettr", "mis", "conduir", "conduit");
  static boolean hasForm(Set<String> span, String head) {
    if (span.contains(head)) return true;
    String noun = IRR.get(head);
    for (String term : span) { if (noun != null && term.startsWith(noun)) return true; int n = Math.min(term.length(), head.length()), i = 0; while (i < n && term.charAt(i) == head.charAt(i)) i++; if (i >= 5 || (i >= 4 && i == n)) return true; }
    return false;
  }
  static MatchInput plain(List<String> texts) {
    StringBuilder sb = new StringBuilder(); List<TextSpan> segs = new ArrayList<>();
    for (String t : texts) { int s = sb.length(); sb.append(t); segs.add(new TextSpan(s, sb.length(), t)); sb.append('\n'); }
    return new MatchInput(sb.toString(), segs, List.of());
  }
  static void run(EvidenceProbe probe, MatchInput in, Map<String, double[]> out, int at, Map<String,String> sp) throws Exception {
    for (EvidenceProbe.Pair pr : probe.pairs(in)) {
      double[] b = out.computeIfAbsent(pr.itemId(), k -> new double[6]);
      if (pr.probability() > b[at]) { b[at] = pr.probability(); if (at == 4) sp.put(pr.itemId(), pr.span().text()); }
      b[at + 1] = Math.max(b[at + 1], pr.features().cosine());
    }
  }
}
