package fr.passerelles.eval;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.CuratedMove;
import fr.passerelles.mobility.Gap;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.MobilityScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Quality of the mobility computations against what the referential states:
 *
 * <ul>
 *   <li><b>degree agreement</b>: the computed degree of each move whose degree the referential
 *       states (004's three levels for Chargé d'assistance, 000's example), as a confusion matrix;
 *   <li><b>reachability</b>: 001's evolutions are moves the study deems possible, without a degree:
 *       their computed degree, and whether the computed mode proposes them as candidates;
 *   <li><b>ROME recall@10</b>: for every ROME sheet, the share of its official mobility links found
 *       among its first ten computed candidates (the links themselves are not used), with the
 *       candidate threshold (the product) and without it (the ranking alone);
 *   <li><b>branch recall@10</b>: the same for the branch métiers' stated moves, ranking alone.
 * </ul>
 */
public final class MobilityEvaluation {
  public static final int RECALL_CUTOFF = 10;
  /** Row of the confusion matrix for moves stated without a degree. */
  public static final int REACHABLE_ROW = 4;

  private MobilityEvaluation() {}

  /**
   * One stated move.
   *
   * @param stated the referential's degree, null for an evolution (reachable, no degree)
   * @param computed the computed degree, null when the target has no competences to compare
   * @param proposed whether the computed mode alone lists the target among the origin's candidates
   */
  public record Case(String from, String to, List<String> references, Integer stated, Integer computed,
      boolean proposed, double overlap, List<String> newFields) {}

  /**
   * Recall@10 of computed candidates against stated moves.
   *
   * @param sheets origins measured
   * @param links stated moves of those origins
   * @param meanCandidates candidates returned per origin (at most 10 when only ranked)
   */
  public record Recall(int sheets, int links, double recallAt10, double hitAt10, double meanCandidates) {}

  /**
   * @param matrix rows: stated degree 1, 2, 3 and {@link #REACHABLE_ROW} (index 0 unused); columns:
   *     computed degree 1, 2, 3 (index 0: not comparable)
   * @param skipped stated moves towards targets with nothing to compare (named by 2024 only, or
   *     borrowed from no ROME sheet)
   */
  public record Report(List<Case> cases, int[][] matrix, double exact, double exactSwapped, double withinOne,
      double reachableProposed, List<String> skipped, Recall rome, Recall romeRanking,
      Recall branchRanking, Recall romeTrain, Recall romeTest) {

    public int stated() {
      return (int) cases.stream().filter(c -> c.stated() != null && c.computed() != null).count();
    }
  }

  public static Report run(Mobility mobility) {
    return run(mobility, true);
  }

  /** @param withRome whether to measure ROME recall too (the degree part alone takes a second) */
  public static Report run(Mobility mobility, boolean withRome) {
    List<Case> cases = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (MetierProfile origin : mobility.profiles()) {
      if (origin.type() != SheetType.BRANCH) {
        continue;
      }
      List<CuratedMove> moves = mobility.curatedMoves(origin.id());
      if (moves.isEmpty()) {
        continue;
      }
      Set<String> proposed = new HashSet<>();
      mobility.candidates(origin.id(), MobilityScope.BRANCH).forEach(c -> proposed.add(c.target().id()));
      for (CuratedMove m : moves) {
        if (!mobility.knows(m.targetId())) {
          skipped.add(origin.id() + "→" + m.targetId());
          continue;
        }
        Gap g = mobility.gap(origin.id(), m.targetId());
        if (!g.comparable()) {
          skipped.add(origin.id() + "→" + m.targetId());
          continue;
        }
        cases.add(new Case(origin.id(), m.targetId(), m.references(), m.statedDegree(), g.degree().value(),
            proposed.contains(m.targetId()), g.overlap(), g.newFields().stream().map(f -> f.code()).toList()));
      }
    }
    int[][] matrix = new int[5][4];
    int stated = 0;
    int exact = 0;
    int swapped = 0;
    int withinOne = 0;
    int reachable = 0;
    int reachableProposed = 0;
    for (Case c : cases) {
      int row = c.stated() == null ? REACHABLE_ROW : c.stated();
      matrix[row][c.computed() == null ? 0 : c.computed()]++;
      if (c.stated() != null) {
        stated++;
        exact += c.stated().equals(c.computed()) ? 1 : 0;
        swapped += swap(c).equals(c.computed()) ? 1 : 0;
        withinOne += Math.abs(c.stated() - c.computed()) <= 1 ? 1 : 0;
      } else {
        reachable++;
        reachableProposed += c.proposed() ? 1 : 0;
      }
    }
    return new Report(cases, matrix, ratio(exact, stated), ratio(swapped, stated), ratio(withinOne, stated),
        ratio(reachableProposed, reachable), skipped, withRome ? romeRecall(mobility) : null,
        withRome ? recall(mobility, SheetType.ROME, false) : null, recall(mobility, SheetType.BRANCH, false),
        withRome ? recall(mobility, SheetType.ROME, true, MobilityEvaluation::trainOrigin) : null,
        withRome ? recall(mobility, SheetType.ROME, true, o -> !trainOrigin(o)) : null);
  }

  /** 004's degree under the alternative reading of its level boxes (2 and 3 swapped). */
  private static Integer swap(Case c) {
    if (!c.references().contains("004") || c.stated() == 1) {
      return c.stated();
    }
    return c.stated() == 2 ? 3 : 2;
  }

  /** Recall@10 of the computed candidates of ROME sheets against their mobility links. */
  public static Recall romeRecall(Mobility mobility) {
    return recall(mobility, SheetType.ROME, true);
  }

  /**
   * Recall@10 of the computed candidates against the stated moves, for every origin of a type that
   * states some (their targets must be comparable).
   *
   * @param thresholded whether candidates must reach the overlap threshold (the product's computed
   *     mode) or are simply ranked (the ranking's own quality)
   */
  public static Recall recall(Mobility mobility, SheetType type, boolean thresholded) {
    return recall(mobility, type, thresholded, o -> true);
  }

  /**
   * Whether a ROME origin is in the half of the mobility links the ranking's settings are chosen
   * on (train) rather than the half they are reported on (test): a CRC32 of its code, so the split
   * is fixed, by origin sheet, and independent of the settings.
   */
  public static boolean trainOrigin(String code) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return crc.getValue() % 2 == 0;
  }

  /** The same over the origins {@code measured} accepts. */
  public static Recall recall(Mobility mobility, SheetType type, boolean thresholded,
      java.util.function.Predicate<String> measured) {
    int origins = 0;
    int links = 0;
    double recall = 0;
    int hits = 0;
    long candidates = 0;
    MobilityScope scope = MobilityScope.of(type);
    for (MetierProfile p : mobility.profiles()) {
      if (p.type() != type || !measured.test(p.id())) {
        continue;
      }
      Set<String> relevant = new HashSet<>();
      mobility.curatedMoves(p.id()).stream().map(CuratedMove::targetId)
          .filter(t -> mobility.knows(t) && !mobility.profile(t).competences().isEmpty())
          .forEach(relevant::add);
      if (relevant.isEmpty() || p.competences().isEmpty()) {
        continue;
      }
      List<Mobility.Candidate> ranked = thresholded ? mobility.candidates(p.id(), scope)
          : mobility.ranking(p.id(), scope, RECALL_CUTOFF);
      candidates += ranked.size();
      int found = 0;
      for (int i = 0; i < Math.min(RECALL_CUTOFF, ranked.size()); i++) {
        found += relevant.contains(ranked.get(i).target().id()) ? 1 : 0;
      }
      origins++;
      links += relevant.size();
      recall += (double) found / relevant.size();
      hits += found > 0 ? 1 : 0;
    }
    return new Recall(origins, links, origins == 0 ? 0 : recall / origins, ratio(hits, origins),
        origins == 0 ? 0 : (double) candidates / origins);
  }

  /**
   * What an overlap threshold keeps: the share of stated moves (ROME links, or the branch's 004 /
   * 000 / 001 moves) whose overlap reaches it, against the share of all pairs of the same kind.
   */
  public record ThresholdRow(double threshold, double statedKept, double pairsKept) {}

  public static List<ThresholdRow> thresholds(Mobility mobility, SheetType type, double[] thresholds) {
    List<Double> stated = new ArrayList<>();
    List<Double> pairs = new ArrayList<>();
    MobilityScope scope = MobilityScope.of(type);
    for (MetierProfile p : mobility.profiles()) {
      if (p.type() != type || p.competences().isEmpty()) {
        continue;
      }
      java.util.Map<String, Double> overlap = new java.util.HashMap<>();
      mobility.ranking(p.id(), scope, Integer.MAX_VALUE).forEach(c -> overlap.put(c.target().id(), c.overlap()));
      for (CuratedMove m : mobility.curatedMoves(p.id())) {
        if (mobility.knows(m.targetId()) && !mobility.profile(m.targetId()).competences().isEmpty()) {
          stated.add(overlap.getOrDefault(m.targetId(), 0.0));
        }
      }
      for (MetierProfile t : mobility.profiles()) {
        if (t.type() == type && !t.id().equals(p.id()) && !t.competences().isEmpty() && !t.umbrella()) {
          pairs.add(overlap.getOrDefault(t.id(), 0.0));
        }
      }
    }
    List<ThresholdRow> rows = new ArrayList<>();
    for (double th : thresholds) {
      rows.add(new ThresholdRow(th, share(stated, th), share(pairs, th)));
    }
    return rows;
  }

  private static double share(List<Double> values, double th) {
    return values.isEmpty() ? 0 : (double) values.stream().filter(v -> v >= th).count() / values.size();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
