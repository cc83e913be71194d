package fr.passerelles.eval;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of passerelles by degree (one call of {@link Mobility#passerelles(String)}), measured in
 * process after a warm-up: repeated calls for one branch métier, and one call per ROME sheet.
 */
public final class MobilityLatency {
  static final int WARM_UP = 50;
  static final int REPEATS = 200;

  private MobilityLatency() {}

  /** Milliseconds: median, 95th percentile and maximum over {@code calls} calls. */
  public record Timing(String what, int calls, double p50, double p95, double max) {}

  /** @param buildMillis start-up cost: alignment, profiles and overlap vectors */
  public record Report(int profiles, long buildMillis, List<Timing> timings) {}

  public static Report run(Mobility mobility, String branchId) {
    for (int i = 0; i < WARM_UP; i++) {
      mobility.passerelles(branchId);
    }
    long[] branch = new long[REPEATS];
    for (int i = 0; i < REPEATS; i++) {
      long t = System.nanoTime();
      mobility.passerelles(branchId);
      branch[i] = System.nanoTime() - t;
    }
    List<Timing> timings = new ArrayList<>();
    timings.add(timing("branch métier " + branchId + " (" + REPEATS + " calls)", branch));
    List<String> rome = mobility.profiles().stream().filter(p -> p.type() == SheetType.ROME).map(MetierProfile::id).toList();
    if (!rome.isEmpty()) {
      long[] each = new long[rome.size()];
      for (int i = 0; i < rome.size(); i++) {
        long t = System.nanoTime();
        mobility.passerelles(rome.get(i));
        each[i] = System.nanoTime() - t;
      }
      timings.add(timing("every ROME sheet once (" + rome.size() + " calls)", each));
    }
    return new Report(mobility.profiles().size(), mobility.buildMillis(), timings);
  }

  private static Timing timing(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return new Timing(what, s.length, ms(s[(int) Math.floor(0.5 * (s.length - 1))]),
        ms(s[(int) Math.floor(0.95 * (s.length - 1))]), ms(s[s.length - 1]));
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
