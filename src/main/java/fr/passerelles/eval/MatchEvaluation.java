package fr.passerelles.eval;

import fr.passerelles.corpus.LabelledText;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the labelled queries through a matcher and scores the rankings: branch métiers (a result is
 * right when its sheet id or its métier code is listed) and ROME sheets, overall and per query kind.
 */
public final class MatchEvaluation {
  private MatchEvaluation() {}

  /** Metrics for one analysis chain. */
  public record Report(String chain, RankingMetrics branch, RankingMetrics rome,
      Map<String, RankingMetrics> branchByKind, List<String> refused) {}

  /**
   * Each query is ranked by {@code matcher} with the query's own set (its id's prefix) left out of
   * the labelled texts that vote: a set among the examples is measured as a fresh one would be.
   */
  public static Report run(String chain, TextMatcher base, List<EvalQuery> queries) {
    Map<String, TextMatcher> heldOut = new java.util.HashMap<>();
    RankingMetrics.Accumulator branch = new RankingMetrics.Accumulator();
    RankingMetrics.Accumulator rome = new RankingMetrics.Accumulator();
    Map<String, RankingMetrics.Accumulator> byKind = new TreeMap<>();
    List<String> refused = new ArrayList<>();
    MatchOptions top = MatchOptions.DEFAULT.withLimit(RankingMetrics.MRR_CUTOFF);
    for (EvalQuery q : queries) {
      TextMatcher matcher = heldOut.computeIfAbsent(LabelledText.setOf(q.id()),
          set -> base.withExampleVote(base.matcher().exampleVote().without(set)));
      List<SheetMatch> branchRanking;
      List<SheetMatch> romeRanking;
      try {
        branchRanking = q.branch().isEmpty() ? List.of() : matches(matcher, q, top.withType(SheetType.BRANCH));
        romeRanking = q.rome().isEmpty() ? List.of() : matches(matcher, q, top.withType(SheetType.ROME));
      } catch (NotFrenchException e) {
        refused.add(q.id());
        branchRanking = List.of();
        romeRanking = List.of();
      }
      if (!q.branch().isEmpty()) {
        branch.add(q.id(), branchRanking, m -> q.branch().contains(m.id()) || q.branch().contains(m.metier()));
        byKind.computeIfAbsent(q.kind(), k -> new RankingMetrics.Accumulator())
            .add(q.id(), branchRanking, m -> q.branch().contains(m.id()) || q.branch().contains(m.metier()));
      }
      if (!q.rome().isEmpty()) {
        rome.add(q.id(), romeRanking, m -> q.rome().contains(m.id()));
      }
    }
    Map<String, RankingMetrics> kinds = new LinkedHashMap<>();
    byKind.forEach((k, v) -> kinds.put(k, v.result()));
    return new Report(chain, branch.result(), rome.result(), kinds, List.copyOf(refused));
  }

  private static List<SheetMatch> matches(TextMatcher matcher, EvalQuery q, MatchOptions options) {
    MatchResult r = matcher.match(q.text(), options);
    return r.matches();
  }
}
