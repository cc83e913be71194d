package fr.passerelles.mobility;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A value computed from an origin profile once, not once per target: a passerelles answer asks for
 * the same origin with every target (issue 13, docs/performance.md "Passerelles"). The engine's own
 * profiles are given their values when it opens ({@link #fix}) and keep them; any other origin — a
 * person's profile, rebuilt for each request, or a counterparts-held form — is computed on first use
 * and remembered among the last {@link #RECENT}, so one request computes it once. Looked up by
 * instance, never by {@code equals}: a person's profile has the id of the métier it starts from.
 * Thread-safe.
 */
final class OriginMemo<V> {
  /** Other origins remembered: more than the requests a server answers at once. */
  static final int RECENT = 64;

  private final Function<MetierProfile, V> compute;
  private volatile Map<MetierProfile, V> fixed = Map.of();
  private final Map<Same, V> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Same, V> eldest) {
      return size() > RECENT;
    }
  };

  OriginMemo(Function<MetierProfile, V> compute) {
    this.compute = compute;
  }

  /** These origins' values, for good (each instance's own value; called once, when the engine opens). */
  synchronized void fix(Map<MetierProfile, V> values) {
    Map<MetierProfile, V> copy = new IdentityHashMap<>(values.size() * 2);
    copy.putAll(values);
    fixed = Collections.unmodifiableMap(copy);
  }

  /** These origins' values too, beside those fixed already (origins read after the engine opened). */
  synchronized void fixMore(Map<MetierProfile, V> values) {
    Map<MetierProfile, V> copy = new IdentityHashMap<>((fixed.size() + values.size()) * 2);
    copy.putAll(fixed);
    copy.putAll(values);
    fixed = Collections.unmodifiableMap(copy);
  }

  V get(MetierProfile origin) {
    V v = fixed.get(origin);
    if (v != null) {
      return v;
    }
    Same key = new Same(origin);
    synchronized (recent) {
      v = recent.get(key);
    }
    if (v == null) {
      v = compute.apply(origin); // outside the lock: two threads may compute the same value, never wait on it
      synchronized (recent) {
        recent.putIfAbsent(key, v);
      }
    }
    return v;
  }

  /** Whether this instance has a value fixed when the engine opened. */
  boolean fixed(MetierProfile origin) {
    return fixed.containsKey(origin);
  }

  /** A profile compared by identity. */
  private record Same(MetierProfile profile) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same s && s.profile == profile;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(profile);
    }
  }
}
