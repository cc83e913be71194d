package fr.passerelles.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of random test inputs, drawn from a seeded {@link SplittableRandom} so that a run is
 * reproduced by its seed (see {@link PropertyCheck}). Sizes lean to the small end and hit both
 * bounds; edge cases are mixed in explicitly with {@link #withEdgeCases}.
 */
@FunctionalInterface
public interface Gen<T> {

  /** How often (1 in N draws) {@link #withEdgeCases} returns one of its edge cases. */
  int EDGE_CASE_ONE_IN = 16;

  T next(SplittableRandom random);

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return r -> f.apply(next(r));
  }

  /** Lists of {@code min} to {@code max} elements, both bounds included. */
  default Gen<List<T>> list(int min, int max) {
    return r -> {
      int n = size(r, min, max);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next(r));
      }
      return out;
    };
  }

  /** Draws one of {@code edges} one time in {@value #EDGE_CASE_ONE_IN}, this generator otherwise. */
  default Gen<T> withEdgeCases(List<? extends T> edges) {
    List<T> copy = List.copyOf(edges);
    return r -> r.nextInt(EDGE_CASE_ONE_IN) == 0 ? copy.get(r.nextInt(copy.size())) : next(r);
  }

  /** One of the values, each as likely. */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    return of(List.of(values));
  }

  static <T> Gen<T> of(List<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no value to draw from");
    }
    List<T> copy = List.copyOf(values);
    return r -> copy.get(r.nextInt(copy.size()));
  }

  /** One of the generators, each as likely. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.of(gens);
    return r -> copy.get(r.nextInt(copy.size())).next(r);
  }

  /** A generator with its weight, for {@link #frequency}. */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    public Weighted {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight " + weight);
      }
    }
  }

  static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** One of the generators, each in proportion to its weight. */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<T>... choices) {
    int total = 0;
    for (Weighted<T> w : choices) {
      total += w.weight();
    }
    int sum = total;
    List<Weighted<T>> copy = List.of(choices);
    return r -> {
      int pick = r.nextInt(sum);
      for (Weighted<T> w : copy) {
        pick -= w.weight();
        if (pick < 0) {
          return w.gen().next(r);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    return r -> {
      A x = a.next(r);
      return f.apply(x, b.next(r));
    };
  }

  /** Three values at once, for a property of three inputs. */
  interface Function3<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<? super A, ? super B, ? super C, ? extends R> f) {
    return r -> {
      A x = a.next(r);
      B y = b.next(r);
      return f.apply(x, y, c.next(r));
    };
  }

  /** Integers in [min, max], the bounds and their neighbours as edge cases. */
  static Gen<Integer> ints(int min, int max) {
    Gen<Integer> uniform = r -> r.nextInt(min, max + 1);
    return uniform.withEdgeCases(List.of(min, Math.min(min + 1, max), Math.max(max - 1, min), max));
  }

  /** Any long; zero, ±1 and the extremes as edge cases. */
  static Gen<Long> longs() {
    Gen<Long> uniform = SplittableRandom::nextLong;
    return uniform.withEdgeCases(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /** Chars in [from, to], each as likely, both bounds as edge cases. */
  static Gen<Character> chars(char from, char to) {
    Gen<Character> uniform = r -> (char) r.nextInt(from, to + 1);
    return uniform.withEdgeCases(List.of(from, to));
  }

  /** Strings of {@code min} to {@code max} chars drawn from {@code chars}. */
  static Gen<String> strings(Gen<Character> chars, int min, int max) {
    return r -> {
      int n = size(r, min, max);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(chars.next(r).charValue());
      }
      return b.toString();
    };
  }

  /** A size in [min, max]: either bound one time in ten each, else leaning to the small end. */
  static int size(SplittableRandom r, int min, int max) {
    int roll = r.nextInt(10);
    if (roll == 0 || min == max) {
      return min;
    }
    if (roll == 1) {
      return max;
    }
    return r.nextInt(min, r.nextInt(min, max + 1) + 1);
  }
}
