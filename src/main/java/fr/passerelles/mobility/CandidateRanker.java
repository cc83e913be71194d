package fr.passerelles.mobility;

import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetType;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders a ROME origin's computed candidates by the learned combination of their content signals
 * ({@link RankingSignals}, {@link RankingWeights}) instead of their overlap alone: competence
 * overlap and the sheets' latent nearness err differently, and the titles, the core items and the
 * classification distance each add a little (docs/mobility.md § 5). Which candidates are kept (the
 * overlap threshold, the limit) is the caller's. Thread-safe once built.
 */
final class CandidateRanker {
  private final SearchIndexes indexes;
  /** ROME sheet → IDF-weighted unit vector of its title and appellation words. */
  private final Map<String, Map<String, Double>> titles;

  private CandidateRanker(SearchIndexes indexes, Map<String, Map<String, Double>> titles) {
    this.indexes = indexes;
    this.titles = titles;
  }

  /** @param analyzed a text's analyzed words (the index chain) */
  static CandidateRanker of(List<MetierProfile> profiles, SearchIndexes indexes, Optional<RomeRelease> rome,
      Function<String, List<String>> analyzed) {
    Map<String, Set<String>> words = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    for (MetierProfile p : profiles) {
      if (p.type() != SheetType.ROME) {
        continue;
      }
      Set<String> ws = new HashSet<>(analyzed.apply(p.title()));
      rome.flatMap(r -> r.sheet(p.id())).map(RomeSheet::appellations)
          .ifPresent(as -> as.forEach(a -> ws.addAll(analyzed.apply(a.longLabel()))));
      words.put(p.id(), ws);
      ws.forEach(w -> df.merge(w, 1, Integer::sum));
    }
    Map<String, Map<String, Double>> titles = new HashMap<>();
    int n = words.size();
    words.forEach((id, ws) -> {
      Map<String, Double> v = new HashMap<>();
      ws.forEach(w -> v.put(w, Math.log((double) n / df.get(w))));
      double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
      v.replaceAll((w, x) -> norm == 0 ? 0 : x / norm);
      titles.put(id, Map.copyOf(v));
    });
    return new CandidateRanker(indexes, Map.copyOf(titles));
  }

  /** {@code candidates} by decreasing learned score, on a tie by id. */
  List<ProfileSimilarity.Scored> rank(MetierProfile origin, List<ProfileSimilarity.Scored> candidates,
      RankingWeights weights) {
    List<RankingSignals> signals = signals(origin, candidates);
    record Ranked(ProfileSimilarity.Scored scored, double score) {}
    List<Ranked> ranked = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      ranked.add(new Ranked(candidates.get(i), weights.score(signals.get(i))));
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(r -> r.scored().profile().id()));
    return ranked.stream().map(Ranked::scored).toList();
  }

  /** The signals of each candidate, in the order given. */
  List<RankingSignals> signals(MetierProfile origin, List<ProfileSimilarity.Scored> candidates) {
    int doc = indexes.sheetDoc(origin.id());
    double[] latent = doc < 0 ? new double[0] : indexes.latent().sheetSimilarities(doc);
    Set<String> items = new HashSet<>();
    Set<Integer> macros = new HashSet<>();
    for (ProfileCompetence c : origin.competences()) {
      items.add(c.id());
      if (c.macro() != 0) {
        macros.add(c.macro());
      }
    }
    Map<String, Double> title = titles.getOrDefault(origin.id(), Map.of());
    List<RankingSignals> out = new ArrayList<>(candidates.size());
    for (ProfileSimilarity.Scored s : candidates) {
      MetierProfile t = s.profile();
      int d = indexes.sheetDoc(t.id());
      out.add(new RankingSignals(t.id(), s.overlap(), d < 0 || d >= latent.length ? 0 : latent[d],
          t.id().length() >= 3 && t.id().regionMatches(0, origin.id(), 0, 3), levelRise(origin, t),
          t.coreCoveredBy(items, macros), cosine(title, titles.getOrDefault(t.id(), Map.of()))));
    }
    return out;
  }

  private static Double levelRise(MetierProfile o, MetierProfile t) {
    return o.classification() == null || t.classification() == null ? null
        : t.classification().grade() - o.classification().grade();
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double s = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      s += e.getValue() * large.getOrDefault(e.getKey(), 0.0);
    }
    return s;
  }
}
