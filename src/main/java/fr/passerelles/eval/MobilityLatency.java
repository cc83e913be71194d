package fr.passerelles.eval;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of passerelles by degree (one call of {@link Mobility#passerelles(String)}), measured in
 * process after a warm-up: the first call and repeated calls for one branch métier and one ROME
 * sheet, then one call per other branch métier and per ROME sheet.
 */
public final class MobilityLatency {
  static final int WARM_UP = 50;
  static final int REPEATS = 200;

  private MobilityLatency() {}

  /**
   * Milliseconds: median, 95th percentile and maximum over {@code calls} calls, and the median and
   * 95th percentile of the calling thread's CPU time (what a loaded machine's waiting leaves out).
   */
  public record Timing(String what, int calls, double p50, double p95, double max, double cpuP50, double cpuP95) {}

  /** @param buildMillis start-up cost: alignment, profiles and overlap vectors */
  public record Report(int profiles, long buildMillis, List<Timing> timings) {}

  /** The ROME origin timed apart: of the seven reviewed origins, the largest answer (issue 13). */
  static final String ROME_ORIGIN = "D1408";

  /**
   * The warm-up calls one other ROME sheet, so that the first call of {@code branchId}, of {@link
   * #ROME_ORIGIN} and of every other sheet is each origin's first use: what is read of an origin on
   * first use shows there, and nowhere once everything is read when the engine opens.
   */
  public static Report run(Mobility mobility, String branchId) {
    List<String> rome = mobility.profiles().stream().filter(p -> p.type() == SheetType.ROME).map(MetierProfile::id).toList();
    List<String> branch = mobility.profiles().stream().filter(p -> p.type() == SheetType.BRANCH).map(MetierProfile::id)
        .filter(id -> !id.equals(branchId)).toList();
    String warm = rome.stream().filter(id -> !id.equals(ROME_ORIGIN)).findFirst().orElse(branchId);
    for (int i = 0; i < WARM_UP; i++) {
      mobility.passerelles(warm);
    }
    List<Timing> timings = new ArrayList<>();
    timings.add(timing("branch métier " + branchId + ", first call", calls(mobility, List.of(branchId))));
    timings.add(timing("branch métier " + branchId + " (" + REPEATS + " calls)", calls(mobility, repeat(branchId))));
    if (mobility.knows(ROME_ORIGIN)) {
      timings.add(timing("ROME sheet " + ROME_ORIGIN + ", first call", calls(mobility, List.of(ROME_ORIGIN))));
      timings.add(timing("ROME sheet " + ROME_ORIGIN + " (" + REPEATS + " calls)", calls(mobility, repeat(ROME_ORIGIN))));
    }
    timings.add(timing("every other branch métier and sub-sheet once (" + branch.size() + " calls)", calls(mobility, branch)));
    if (!rome.isEmpty()) {
      timings.add(timing("every ROME sheet once (" + rome.size() + " calls)", calls(mobility, rome)));
    }
    return new Report(mobility.profiles().size(), mobility.buildMillis(), timings);
  }

  private static List<String> repeat(String id) {
    return java.util.Collections.nCopies(REPEATS, id);
  }

  /** Wall then CPU nanoseconds of each call. */
  private static long[][] calls(Mobility mobility, List<String> ids) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long[][] each = new long[2][ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      mobility.passerelles(ids.get(i));
      each[0][i] = System.nanoTime() - t;
      each[1][i] = threads.getCurrentThreadCpuTime() - c;
    }
    return each;
  }

  private static Timing timing(String what, long[][] nanos) {
    long[] s = nanos[0].clone();
    long[] c = nanos[1].clone();
    Arrays.sort(s);
    Arrays.sort(c);
    return new Timing(what, s.length, ms(s[rank(s, 0.5)]), ms(s[rank(s, 0.95)]), ms(s[s.length - 1]),
        ms(c[rank(c, 0.5)]), ms(c[rank(c, 0.95)]));
  }

  private static int rank(long[] sorted, double q) {
    return (int) Math.floor(q * (sorted.length - 1));
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
