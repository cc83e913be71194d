package fr.passerelles.testing;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Runs a property over generated inputs, in place of a property-testing library: {@code tries}
 * inputs from {@link Gen}, each checked, the first failure reported with the run's seed and the
 * input (escaped, truncated). No shrinking: the generators lean to small inputs instead.
 *
 * <p>The seed is fixed (0) unless {@code -Dfuzz.seed=N} gives another or {@code -Dfuzz.seed=random}
 * asks for a fresh one; each property draws from its own stream, derived from the seed and its
 * name, so a failure is replayed with the seed it reports. {@code -Dfuzz.tries=N} sets the tries of
 * every property (the long fuzz run of docs/performance.md).
 */
public final class PropertyCheck {
  public static final String TRIES = "fuzz.tries";
  public static final String SEED = "fuzz.seed";
  /** The longest input shown in a failure. */
  static final int SHOWN = 400;

  /** A check of one input; it fails by throwing. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  private PropertyCheck() {
  }

  /** Checks {@code tries} inputs (or {@code -Dfuzz.tries}) with the seed of {@code -Dfuzz.seed}. */
  public static <T> void forAll(String name, int tries, Gen<T> gen, Check<? super T> check) {
    String seed = System.getProperty(SEED, "0").trim();
    long base = seed.equals("random") ? new SecureRandom().nextLong() : Long.parseLong(seed);
    if (seed.equals("random")) {
      // a passing run is worth replaying too (a figure in the docs): say which one it was
      System.err.printf("property '%s': -D%s=%d%n", name, SEED, base);
    }
    run(name, Integer.getInteger(TRIES, tries), base, gen, check);
  }

  /** Checks {@code tries} inputs drawn from the stream of {@code seed} and {@code name}. */
  public static <T> void run(String name, int tries, long seed, Gen<T> gen, Check<? super T> check) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries " + tries);
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L * name.hashCode());
    for (int t = 1; t <= tries; t++) {
      T input = gen.next(random);
      try {
        check.accept(input);
      } catch (Exception | AssertionError e) {
        throw new AssertionError(String.format("property '%s' failed on try %d of %d; replay: -D%s=%d%ninput: %s%n%s",
            name, t, tries, SEED, seed, shown(input), e), e);
      }
    }
  }

  /** The input printable: non-printing chars and surrogates escaped, cut at {@value #SHOWN} chars. */
  static String shown(Object input) {
    String s = input instanceof Object[] array ? Arrays.deepToString(array)
        : input instanceof String text ? '"' + text + '"' : String.valueOf(input);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && out.length() < SHOWN; i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT
          || Character.getType(c) == Character.UNASSIGNED || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() < SHOWN ? out.toString() : out + "… (" + s.length() + " chars)";
  }
}
