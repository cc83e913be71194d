package fr.passerelles.eval;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Skill search quality on the graded recruiter queries. For each query:
 * <ul>
 *   <li><b>strict P@10</b>: relevant hits among the first ten, over {@code min(10, R)}, R the
 *       number of distinct relevant texts among all items (so a query only three items state can
 *       still score 1); a missing hit counts as a miss;</li>
 *   <li><b>branch métiers</b>: the branch métiers that list a relevant item are expected; one is
 *       surfaced when a relevant hit of the ten lists one of its sheets.</li>
 * </ul>
 * P@10 is a mean over the queries. Branch-métier recall is the share of the queries a branch sheet
 * states that surface at least one of its métiers; the share of all expected métiers surfaced is
 * reported beside it. A system that also answers a block of branch métiers (each with the items
 * that state the skill) surfaces a listed métier when one of its listed items is relevant; the
 * block's precision is the share of listed métiers that do, over all queries (a métier listed for
 * a query no branch sheet states counts as a wrong one).
 */
public final class SkillEvaluation {
  public static final int DEPTH = 10;

  private SkillEvaluation() {}

  /** One returned skill: its text and the sheets that list it (folded items' sheets included). */
  public record Hit(String text, List<String> ids, List<SheetRecord> sheets) {}

  /** A branch métier of a system's block, with the texts of the items it lists as stating the skill. */
  public record ListedMetier(String metier, List<String> texts) {}

  /** A system's answer: its ranked hits, and its block of branch métiers (empty when it has none). */
  public record Answer(List<Hit> hits, List<ListedMetier> metiers) {}

  /**
   * What a system answered for one query, judged.
   *
   * @param listedMetiers the métiers of the block, in order
   * @param blockSurfaced those of them with a relevant listed item
   */
  public record QueryResult(SkillJudgement query, List<Hit> hits, List<Boolean> relevant, int available,
      Set<String> expectedMetiers, Set<String> surfacedMetiers, List<String> listedMetiers, Set<String> blockSurfaced) {
    public double precision() {
      if (available == 0) {
        return 0;
      }
      return relevant.stream().filter(b -> b).count() / (double) Math.min(DEPTH, available);
    }
  }

  public record Report(String system, List<QueryResult> results) {
    public double precision() {
      return results.stream().mapToDouble(QueryResult::precision).average().orElse(0);
    }

    /** Surfaced branch métiers over expected ones, all queries together. */
    public double metierRecall() {
      int expected = results.stream().mapToInt(r -> r.expectedMetiers().size()).sum();
      int surfaced = results.stream().mapToInt(r -> r.surfacedMetiers().size()).sum();
      return expected == 0 ? 1 : surfaced / (double) expected;
    }

    /**
     * Surfaced branch métiers, by the ten hits or by a relevant item of the block, over expected
     * ones, all queries together: how much of the branch the answer shows (the block is there to
     * list them all, the ten hits show a few).
     */
    public double metierRecallWithBlock() {
      int expected = results.stream().mapToInt(r -> r.expectedMetiers().size()).sum();
      int surfaced = 0;
      for (QueryResult r : results) {
        Set<String> both = new HashSet<>(r.surfacedMetiers());
        r.blockSurfaced().stream().filter(r.expectedMetiers()::contains).forEach(both::add);
        surfaced += both.size();
      }
      return expected == 0 ? 1 : surfaced / (double) expected;
    }

    /**
     * Share of the queries whose skill a branch sheet states that surface at least one of those
     * branch métiers: the "branch-métier recall".
     */
    public double queryRecall() {
      int expecting = queriesExpectingMetier();
      return expecting == 0 ? 1 : queriesWithMetier() / (double) expecting;
    }

    /** Queries a branch métier states that surface at least one of them. */
    public int queriesWithMetier() {
      return (int) results.stream().filter(r -> !r.surfacedMetiers().isEmpty()).count();
    }

    /** Queries a branch métier states that surface one in the ten hits or in the block. */
    public int queriesWithMetierOrBlock() {
      return (int) results.stream().filter(r -> !r.expectedMetiers().isEmpty()
          && (!r.surfacedMetiers().isEmpty() || !r.blockSurfaced().isEmpty())).count();
    }

    public double blockQueryRecall() {
      int expecting = queriesExpectingMetier();
      return expecting == 0 ? 1 : queriesWithMetierOrBlock() / (double) expecting;
    }

    /** Listed métiers with a relevant listed item, over all listed métiers; NaN when none is listed. */
    public double blockPrecision() {
      int listed = results.stream().mapToInt(r -> r.listedMetiers().size()).sum();
      int right = results.stream().mapToInt(r -> r.blockSurfaced().size()).sum();
      return listed == 0 ? Double.NaN : right / (double) listed;
    }

    public int listedMetiers() {
      return results.stream().mapToInt(r -> r.listedMetiers().size()).sum();
    }

    public int queriesExpectingMetier() {
      return (int) results.stream().filter(r -> !r.expectedMetiers().isEmpty()).count();
    }
  }

  /** The items relevant to a query, and the branch métiers that list them, computed once per set. */
  public static final class Truth {
    private final SearchIndexes indexes;
    private final List<ItemRecord> items = new ArrayList<>();
    /** Each item's folded text, computed once: folding is the cost of judging 40,000 items a query. */
    private final List<String> folded = new ArrayList<>();

    public Truth(SearchIndexes indexes) {
      this.indexes = indexes;
      for (ItemType t : ItemType.values()) {
        items.addAll(indexes.allItems(t));
      }
      items.forEach(i -> folded.add(SkillJudgement.fold(i.text())));
    }

    private final java.util.Map<SkillJudgement, List<ItemRecord>> relevant = new java.util.IdentityHashMap<>();

    /** The items a query's judgement holds relevant, judged once per query. */
    private List<ItemRecord> relevant(SkillJudgement q) {
      return relevant.computeIfAbsent(q, this::judge);
    }

    private List<ItemRecord> judge(SkillJudgement q) {
      List<ItemRecord> out = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (q.relevantFolded(folded.get(i))) {
          out.add(items.get(i));
        }
      }
      return out;
    }

    int available(SkillJudgement q) {
      Set<String> texts = new HashSet<>();
      for (ItemRecord i : relevant(q)) {
        texts.add(SkillJudgement.fold(i.text()).strip());
      }
      return texts.size();
    }

    /** Every item the query's judgement holds relevant (the referential alone, no system). */
    public List<ItemRecord> relevantItems(SkillJudgement q) {
      return List.copyOf(relevant(q));
    }

    /** The relevant items a branch sheet lists, for reviewing the queries that miss them. */
    public List<ItemRecord> relevantBranchItems(SkillJudgement q) {
      return relevant(q).stream().filter(i -> i.sheets().stream()
          .map(id -> indexes.sheet(id).orElse(null)).anyMatch(s -> s != null && s.type() == SheetType.BRANCH)).toList();
    }

    public Set<String> expectedMetiers(SkillJudgement q) {
      Set<String> out = new TreeSet<>();
      for (ItemRecord i : relevant(q)) {
        out.addAll(branchMetiers(indexes, i.sheets().stream()
            .map(id -> indexes.sheet(id).orElse(null)).filter(s -> s != null).toList()));
      }
      return out;
    }
  }

  public static Report run(String system, List<SkillJudgement> queries, Truth truth,
      Function<String, Answer> search) {
    List<QueryResult> out = new ArrayList<>();
    for (SkillJudgement q : queries) {
      Answer answer = search.apply(q.query());
      List<Hit> hits = answer.hits();
      hits = hits.size() > DEPTH ? hits.subList(0, DEPTH) : hits;
      List<Boolean> rel = new ArrayList<>();
      Set<String> surfaced = new LinkedHashSet<>();
      Set<String> expected = truth.expectedMetiers(q);
      for (Hit h : hits) {
        boolean r = q.relevant(h.text());
        rel.add(r);
        if (r) {
          branchMetiers(truth.indexes, h.sheets()).stream().filter(expected::contains).forEach(surfaced::add);
        }
      }
      List<String> listed = new ArrayList<>();
      Set<String> block = new LinkedHashSet<>();
      for (ListedMetier m : answer.metiers()) {
        listed.add(m.metier());
        if (m.texts().stream().anyMatch(q::relevant)) {
          block.add(m.metier());
        }
      }
      out.add(new QueryResult(q, List.copyOf(hits), List.copyOf(rel), truth.available(q), expected, surfaced,
          List.copyOf(listed), block));
    }
    return new Report(system, List.copyOf(out));
  }

  private static Set<String> branchMetiers(SearchIndexes indexes, List<SheetRecord> sheets) {
    Set<String> out = new TreeSet<>();
    for (SheetRecord s : sheets) {
      if (s.type() == SheetType.BRANCH) {
        out.add(s.metier());
      }
    }
    return out;
  }
}
