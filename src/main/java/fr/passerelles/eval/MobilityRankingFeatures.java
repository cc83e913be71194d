package fr.passerelles.eval;

import fr.passerelles.Passerelles;
import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.CuratedMove;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.MobilityScope;
import fr.passerelles.mobility.ProfileCompetence;
import fr.passerelles.rome.RomeSheet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content signals of every ROME origin's candidates, one row per pair, to study a ranking
 * offline (docs/mobility.md § 8): competence overlap, latent cosine of the two sheets' body text,
 * same domaine professionnel / grand domaine, classification distance, the target's core items the
 * origin covers, title and appellation cosine. The {@code link} column is the label an evaluation
 * needs (whether ROME links the pair); it is never a feature. Pool: the first {@code depth}
 * candidates by the committed ranking and the first {@code depth / 2} by latent cosine.
 */
public final class MobilityRankingFeatures {
  private MobilityRankingFeatures() {}

  public static final String HEADER =
      "origin\ttarget\ttrain\tlink\trank\toverlap\tlatent\tfamily\tletter\tlevel\tcore\ttitle"
          + "\tsf\tsav\tmac\tctx\tlatNames\tlat50\thubT\tsizeT";

  public static void write(Passerelles p, Mobility mobility, int depth, PrintWriter out) {
    List<MetierProfile> rome = mobility.profiles().stream()
        .filter(m -> m.type() == SheetType.ROME && !m.competences().isEmpty()).toList();
    Map<String, Map<String, Double>> titles = titleVectors(p, rome);
    Map<String, Map<String, Double>> sf = kindVectors(rome, c -> "savoir-faire".equals(c.kind()) ? c.id() : null);
    Map<String, Map<String, Double>> sav = kindVectors(rome, c -> "savoir".equals(c.kind()) ? c.id() : null);
    Map<String, Map<String, Double>> mac = kindVectors(rome, c -> c.macro() != 0 ? "m" + c.macro() : null);
    Map<String, Set<Integer>> ctx = new HashMap<>();
    rome.forEach(m -> ctx.put(m.id(), p.rome().flatMap(r -> r.sheet(m.id())).map(s -> {
      Set<Integer> ids = new HashSet<>();
      s.workContexts().forEach(w -> ids.add(w.ogr()));
      return ids;
    }).orElse(Set.of())));
    fr.passerelles.index.LatentModel withNames;
    fr.passerelles.index.LatentModel rank50;
    try {
      var reader = p.indexes().sheets().getIndexReader();
      withNames = fr.passerelles.index.LatentModel.of(reader, Map.of(IndexFields.DESCRIPTION, 1f, IndexFields.ACTIVITIES, 1f,
          IndexFields.COMPETENCES, 1f, IndexFields.NAMES, 1f), 200);
      rank50 = fr.passerelles.index.LatentModel.of(reader, Map.of(IndexFields.DESCRIPTION, 1f, IndexFields.ACTIVITIES, 1f,
          IndexFields.COMPETENCES, 1f), 50);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    // a target's hubness: the mean of its ten highest latent cosines with other ROME sheets
    Map<String, Double> hub = new HashMap<>();
    for (MetierProfile t : rome) {
      double[] sims = latent(p, t.id());
      double[] vals = rome.stream().filter(u -> !u.id().equals(t.id())).mapToDouble(u -> latentOf(p, sims, u.id()))
          .sorted().toArray();
      double sum = 0;
      for (int i = Math.max(0, vals.length - 10); i < vals.length; i++) {
        sum += vals[i];
      }
      hub.put(t.id(), sum / 10);
    }
    out.println(HEADER);
    for (MetierProfile o : rome) {
      Set<String> relevant = new HashSet<>();
      mobility.curatedMoves(o.id()).stream().map(CuratedMove::targetId)
          .filter(t -> mobility.knows(t) && !mobility.profile(t).competences().isEmpty()).forEach(relevant::add);
      boolean train = MobilityEvaluation.trainOrigin(o.id());
      out.printf(Locale.ROOT, "#\t%s\t%d\t%d%n", o.id(), train ? 1 : 0, relevant.size());
      Map<String, Integer> rank = new HashMap<>();
      Map<String, Double> overlap = new HashMap<>();
      List<Mobility.Candidate> ranking = mobility.ranking(o.id(), MobilityScope.ROME, Integer.MAX_VALUE);
      for (int i = 0; i < ranking.size(); i++) {
        rank.put(ranking.get(i).target().id(), i + 1);
        overlap.put(ranking.get(i).target().id(), ranking.get(i).overlap());
      }
      double[] latent = latent(p, o.id());
      int od = p.indexes().sheetDoc(o.id());
      double[] latN = withNames.sheetSimilarities(od);
      double[] lat50 = rank50.sheetSimilarities(od);
      Set<String> pool = new LinkedHashSet<>();
      ranking.stream().limit(depth).forEach(c -> pool.add(c.target().id()));
      rome.stream().filter(t -> !t.id().equals(o.id()))
          .sorted(java.util.Comparator.comparingDouble((MetierProfile t) -> -latentOf(p, latent, t.id()))
              .thenComparing(MetierProfile::id))
          .limit(depth / 2).forEach(t -> pool.add(t.id()));
      Set<String> originItems = new HashSet<>();
      Set<Integer> originMacros = new HashSet<>();
      o.competences().forEach(c -> {
        originItems.add(c.id());
        if (c.macro() != 0) {
          originMacros.add(c.macro());
        }
      });
      for (String id : pool) {
        MetierProfile t = mobility.profile(id);
        out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%.5f\t%.5f\t%d\t%d\t%s\t%.4f\t%.4f", o.id(), id, train ? 1 : 0,
            relevant.contains(id) ? 1 : 0, rank.getOrDefault(id, -1), overlap.getOrDefault(id, 0.0),
            latentOf(p, latent, id), id.regionMatches(0, o.id(), 0, 3) ? 1 : 0, id.charAt(0) == o.id().charAt(0) ? 1 : 0,
            level(o, t), t.coreCoveredBy(originItems, originMacros), cosine(titles.get(o.id()), titles.get(id)));
        Set<Integer> ca = ctx.get(o.id());
        Set<Integer> cb = ctx.get(id);
        long shared = ca.stream().filter(cb::contains).count();
        int d = p.indexes().sheetDoc(id);
        out.printf(Locale.ROOT, "\t%.4f\t%.4f\t%.4f\t%.4f\t%.5f\t%.5f\t%.5f\t%d%n", cosine(sf.get(o.id()), sf.get(id)),
            cosine(sav.get(o.id()), sav.get(id)), cosine(mac.get(o.id()), mac.get(id)),
            ca.isEmpty() && cb.isEmpty() ? 0 : (double) shared / (ca.size() + cb.size() - shared),
            d < 0 ? 0 : latN[d], d < 0 ? 0 : lat50[d], hub.get(id), t.competences().size());
      }
      out.flush();
    }
  }

  private static double[] latent(Passerelles p, String id) {
    int doc = p.indexes().sheetDoc(id);
    return doc < 0 ? new double[0] : p.indexes().latent().sheetSimilarities(doc);
  }

  private static double latentOf(Passerelles p, double[] latent, String id) {
    int doc = p.indexes().sheetDoc(id);
    return doc < 0 || doc >= latent.length ? 0 : latent[doc];
  }

  /** Target grade minus origin grade, NaN when either is unknown. */
  private static String level(MetierProfile o, MetierProfile t) {
    if (o.classification() == null || t.classification() == null) {
      return "NaN";
    }
    return String.format(Locale.ROOT, "%.1f", t.classification().grade() - o.classification().grade());
  }

  /** IDF-weighted, unit-length vectors of the keys {@code key} gives each competence (null: left out). */
  private static Map<String, Map<String, Double>> kindVectors(List<MetierProfile> rome,
      java.util.function.Function<ProfileCompetence, String> key) {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Map<String, Double>> raw = new HashMap<>();
    for (MetierProfile m : rome) {
      Map<String, Double> v = new HashMap<>();
      for (ProfileCompetence c : m.competences()) {
        String k = key.apply(c);
        if (k != null) {
          v.merge(k, c.weight(), Math::max);
        }
      }
      v.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
      raw.put(m.id(), v);
    }
    raw.values().forEach(v -> {
      v.replaceAll((k, w) -> w * Math.log((double) rome.size() / df.get(k)));
      double n = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
      v.replaceAll((k, w) -> n == 0 ? 0 : w / n);
    });
    return raw;
  }

  /** IDF-weighted, unit-length vectors of each sheet's analyzed title and appellation words. */
  private static Map<String, Map<String, Double>> titleVectors(Passerelles p, List<MetierProfile> rome) {
    Map<String, Set<String>> terms = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    for (MetierProfile m : rome) {
      List<String> names = new ArrayList<>();
      names.add(m.title());
      p.rome().flatMap(r -> r.sheet(m.id())).map(RomeSheet::appellations)
          .ifPresent(as -> as.forEach(a -> names.add(a.longLabel())));
      Set<String> ts = new HashSet<>();
      names.forEach(n -> ts.addAll(IndexBuilder.analyzedTerms(p.analysis().indexAnalyzer(), IndexFields.TEXT, n)));
      terms.put(m.id(), ts);
      ts.forEach(t -> df.merge(t, 1, Integer::sum));
    }
    Map<String, Map<String, Double>> out = new HashMap<>();
    terms.forEach((id, ts) -> {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (String t : ts) {
        double w = Math.log((double) rome.size() / df.get(t));
        v.put(t, w);
        norm += w * w;
      }
      double n = Math.sqrt(norm);
      v.replaceAll((k, w) -> n == 0 ? 0 : w / n);
      out.put(id, v);
    });
    return out;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a == null || b == null) {
      return 0;
    }
    double s = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      s += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    return s;
  }
}
