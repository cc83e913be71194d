package fr.passerelles.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTP settings of the API. Immutable; every instance is valid (the constructor checks each value
 * and names the flag and the environment variable of the first bad one), so a bad setting stops
 * the server at start-up instead of surfacing on the first request.
 *
 * @param port TCP port, 0 for any free port
 * @param host interface to bind ({@code 127.0.0.1} keeps the service local; {@code 0.0.0.0} for all)
 * @param maxBodyBytes largest request body accepted (413 beyond)
 * @param maxTextChars largest text (CV, job description) accepted in a body (413 beyond)
 * @param maxPageSize largest {@code limit} a list route accepts
 * @param corsOrigins browser origins allowed to call the API ({@code https://host[:port]}); empty
 *     disables CORS
 * @param shutdownTimeout how long a stop waits for in-flight requests
 * @param engineConcurrency CPU-heavy engine calls (matches) run at once, the others wait their turn;
 *     0 for one per available processor
 */
public record ApiConfig(
    int port,
    String host,
    int maxBodyBytes,
    int maxTextChars,
    int maxPageSize,
    List<String> corsOrigins,
    Duration shutdownTimeout,
    int engineConcurrency) {

  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;
  /**
   * A long CV (four to five pages, 1,500 words) is 11,000 characters and costs some 20 ms of CPU;
   * 20,000 leaves it room to spare, while a 50,000-character text cost seconds of CPU under load
   * (docs/performance.md, "Robustness").
   */
  public static final int DEFAULT_MAX_TEXT_CHARS = 20_000;
  public static final int DEFAULT_MAX_PAGE_SIZE = 100;
  public static final List<String> DEFAULT_CORS_ORIGINS = List.of();
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
  /** One engine call per available processor. */
  public static final int DEFAULT_ENGINE_CONCURRENCY = 0;

  /** Upper bounds that catch a unit slip (bytes typed as kilobytes and the like). */
  static final int MAX_BODY_BYTES_LIMIT = 16 * 1024 * 1024;
  static final int MAX_PAGE_SIZE_LIMIT = 10_000;
  static final Duration MAX_SHUTDOWN_TIMEOUT = Duration.ofMinutes(5);
  static final int MAX_ENGINE_CONCURRENCY = 1024;

  /** One setting: its command-line flag and its environment variable. */
  public enum Key {
    PORT("port", "PASSERELLES_PORT"),
    HOST("host", "PASSERELLES_HOST"),
    MAX_BODY_BYTES("max-body-bytes", "PASSERELLES_MAX_BODY_BYTES"),
    MAX_TEXT_CHARS("max-text-chars", "PASSERELLES_MAX_TEXT_CHARS"),
    MAX_PAGE_SIZE("max-page-size", "PASSERELLES_MAX_PAGE_SIZE"),
    CORS_ORIGINS("cors-origins", "PASSERELLES_CORS_ORIGINS"),
    SHUTDOWN_TIMEOUT_SECONDS("shutdown-timeout", "PASSERELLES_SHUTDOWN_TIMEOUT_SECONDS"),
    ENGINE_CONCURRENCY("engine-concurrency", "PASSERELLES_ENGINE_CONCURRENCY");

    private final String flag;
    private final String env;

    Key(String flag, String env) {
      this.flag = flag;
      this.env = env;
    }

    public String flag() {
      return flag;
    }

    public String env() {
      return env;
    }

    @Override
    public String toString() {
      return "--" + flag + " / " + env;
    }
  }

  public ApiConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(corsOrigins, "corsOrigins");
    Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
    check(port >= 0 && port <= 65_535, Key.PORT, "must be within 0..65535 (0 = any free port), got " + port);
    check(!host.isBlank() && host.strip().equals(host) && host.chars().noneMatch(Character::isWhitespace),
        Key.HOST, "must be a host name or an IP address, got '" + host + "'");
    check(maxBodyBytes >= 1024 && maxBodyBytes <= MAX_BODY_BYTES_LIMIT, Key.MAX_BODY_BYTES,
        "must be within 1024.." + MAX_BODY_BYTES_LIMIT + ", got " + maxBodyBytes);
    check(maxTextChars >= 1, Key.MAX_TEXT_CHARS, "must be 1 or more, got " + maxTextChars);
    // a character takes at least one byte: a text limit above the body limit could never be reached
    check(maxTextChars <= maxBodyBytes, Key.MAX_TEXT_CHARS,
        "must not exceed " + Key.MAX_BODY_BYTES + " (" + maxBodyBytes + "), got " + maxTextChars);
    check(maxPageSize >= 1 && maxPageSize <= MAX_PAGE_SIZE_LIMIT, Key.MAX_PAGE_SIZE,
        "must be within 1.." + MAX_PAGE_SIZE_LIMIT + ", got " + maxPageSize);
    corsOrigins = List.copyOf(corsOrigins);
    for (String origin : corsOrigins) {
      originProblem(origin).ifPresent(p -> fail(Key.CORS_ORIGINS, p));
    }
    check(new LinkedHashSet<>(corsOrigins).size() == corsOrigins.size(), Key.CORS_ORIGINS,
        "lists an origin twice: " + corsOrigins);
    check(!shutdownTimeout.isNegative() && shutdownTimeout.compareTo(MAX_SHUTDOWN_TIMEOUT) <= 0,
        Key.SHUTDOWN_TIMEOUT_SECONDS, "must be within 0.." + MAX_SHUTDOWN_TIMEOUT.toSeconds()
            + " seconds, got " + shutdownTimeout.toSeconds());
    check(engineConcurrency >= 0 && engineConcurrency <= MAX_ENGINE_CONCURRENCY, Key.ENGINE_CONCURRENCY,
        "must be within 0.." + MAX_ENGINE_CONCURRENCY + " (0 = one per processor), got " + engineConcurrency);
  }

  /** {@link #engineConcurrency}, with 0 resolved to the available processors. */
  public int engineSlots() {
    return engineConcurrency == 0 ? Runtime.getRuntime().availableProcessors() : engineConcurrency;
  }

  public static ApiConfig defaults() {
    return new ApiConfig(DEFAULT_PORT, DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_TEXT_CHARS,
        DEFAULT_MAX_PAGE_SIZE, DEFAULT_CORS_ORIGINS, DEFAULT_SHUTDOWN_TIMEOUT, DEFAULT_ENGINE_CONCURRENCY);
  }

  /**
   * Reads each setting from its flag, else its environment variable, else the default.
   *
   * @param flags command-line flags without the leading {@code --} ({@code port} → {@code 8081})
   * @param env the process environment
   * @throws IllegalArgumentException naming the key of the first missing, malformed or
   *     out-of-range value
   */
  public static ApiConfig from(Map<String, String> flags, Map<String, String> env) {
    Settings s = new Settings(flags, env);
    return new ApiConfig(
        s.integer(Key.PORT, DEFAULT_PORT),
        s.string(Key.HOST, DEFAULT_HOST),
        s.integer(Key.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
        s.integer(Key.MAX_TEXT_CHARS, DEFAULT_MAX_TEXT_CHARS),
        s.integer(Key.MAX_PAGE_SIZE, DEFAULT_MAX_PAGE_SIZE),
        s.list(Key.CORS_ORIGINS, DEFAULT_CORS_ORIGINS),
        Duration.ofSeconds(s.integer(Key.SHUTDOWN_TIMEOUT_SECONDS, (int) DEFAULT_SHUTDOWN_TIMEOUT.toSeconds())),
        s.integer(Key.ENGINE_CONCURRENCY, DEFAULT_ENGINE_CONCURRENCY));
  }

  public ApiConfig withPort(int newPort) {
    return new ApiConfig(newPort, host, maxBodyBytes, maxTextChars, maxPageSize, corsOrigins, shutdownTimeout, engineConcurrency);
  }

  public ApiConfig withCorsOrigins(List<String> origins) {
    return new ApiConfig(port, host, maxBodyBytes, maxTextChars, maxPageSize, origins, shutdownTimeout, engineConcurrency);
  }

  public ApiConfig withLimits(int newMaxBodyBytes, int newMaxTextChars, int newMaxPageSize) {
    return new ApiConfig(port, host, newMaxBodyBytes, newMaxTextChars, newMaxPageSize, corsOrigins, shutdownTimeout, engineConcurrency);
  }

  public ApiConfig withEngineConcurrency(int slots) {
    return new ApiConfig(port, host, maxBodyBytes, maxTextChars, maxPageSize, corsOrigins, shutdownTimeout, slots);
  }

  public ApiConfig withShutdownTimeout(Duration timeout) {
    return new ApiConfig(port, host, maxBodyBytes, maxTextChars, maxPageSize, corsOrigins, timeout, engineConcurrency);
  }

  /**
   * Why {@code origin} is not a plain browser origin, if it is not. Only exact origins are
   * accepted: a wildcard would let any site read CV-derived answers from a user's browser.
   */
  static Optional<String> originProblem(String origin) {
    String example = " (expected scheme://host[:port], e.g. https://planning.example.fr)";
    if (origin.contains("*")) {
      return Optional.of("wildcards are not allowed, list each origin: '" + origin + "'");
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      return Optional.of("not an origin: '" + origin + "'" + example);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean plain = (scheme.equals("http") || scheme.equals("https"))
        && uri.getHost() != null
        && uri.getRawUserInfo() == null
        && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
        && uri.getRawQuery() == null
        && uri.getRawFragment() == null;
    return plain ? Optional.empty()
        : Optional.of("not an origin: '" + origin + "'" + example);
  }

  private static void check(boolean ok, Key key, String problem) {
    if (!ok) {
      fail(key, problem);
    }
  }

  private static void fail(Key key, String problem) {
    throw new IllegalArgumentException("invalid setting " + key + ": " + problem);
  }

  /** Flag, then environment variable, then default; blank values count as absent. */
  private record Settings(Map<String, String> flags, Map<String, String> env) {

    String raw(Key key) {
      String flag = flags.get(key.flag());
      if (flag != null && !flag.isBlank()) {
        return flag.strip();
      }
      String value = env.get(key.env());
      return value == null || value.isBlank() ? null : value.strip();
    }

    String string(Key key, String defaultValue) {
      String v = raw(key);
      return v == null ? defaultValue : v;
    }

    int integer(Key key, int defaultValue) {
      String v = raw(key);
      if (v == null) {
        return defaultValue;
      }
      try {
        return Integer.parseInt(v.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("invalid setting " + key + ": expects a whole number, got '" + v + "'", e);
      }
    }

    List<String> list(Key key, List<String> defaultValue) {
      String v = raw(key);
      if (v == null) {
        return defaultValue;
      }
      List<String> items = new ArrayList<>();
      for (String part : v.split(",")) {
        String item = part.strip();
        if (!item.isEmpty()) {
          items.add(item);
        }
      }
      return List.copyOf(items);
    }
  }
}
