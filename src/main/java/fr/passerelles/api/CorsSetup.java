package fr.passerelles.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the browser-based training-planning tool, through Javalin's bundled plugin.
 *
 * <p>The plugin answers a request from an unlisted origin by setting status 400 and still running
 * the handler, which would send a normal body under an error status. A before-handler registered
 * ahead of the plugin's rejects such requests first, as a 403 in the API's error shape.
 *
 * <p>The web page served by this same app ({@link WebPage}) is not a cross-origin caller, but
 * browsers still send {@code Origin} on its POST requests: a request whose origin names the host
 * it was sent to ({@code Host}) is same-origin and always let through.
 */
final class CorsSetup {
  /** Browsers may cache a preflight answer this long (seconds). */
  static final int PREFLIGHT_MAX_AGE = 600;

  private CorsSetup() {}

  static void install(JavalinConfig javalin, List<String> origins) {
    if (origins.isEmpty()) {
      return; // no CORS headers: browsers keep other sites from reading the answers
    }
    Set<String> allowed = origins.stream().map(CorsSetup::normalize).collect(Collectors.toUnmodifiableSet());
    javalin.routes.before(ctx -> rejectUnlistedOrigin(ctx, allowed));
    javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
      rule.allowHost(origins.get(0), origins.subList(1, origins.size()).toArray(String[]::new));
      rule.exposeHeader(RequestIds.HEADER);
      rule.maxAge = PREFLIGHT_MAX_AGE;
    }));
  }

  private static void rejectUnlistedOrigin(Context ctx, Set<String> allowed) {
    String origin = ctx.header(Header.ORIGIN);
    if (origin != null && !allowed.contains(normalize(origin)) && !sameOrigin(origin, ctx.header(Header.HOST))) {
      throw new ForbiddenResponse("Origine non autorisée : ce site n'est pas autorisé à appeler l'API.");
    }
  }

  /**
   * Whether {@code origin} ({@code scheme://host[:port]}) names the host the request was sent to:
   * the page this server serves calling its own API. The scheme is not compared, so a TLS proxy in
   * front (https outside, http inside) does not turn the page's own calls away.
   */
  static boolean sameOrigin(String origin, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    String o = normalize(origin);
    int scheme = o.indexOf("://");
    return scheme > 0 && o.substring(scheme + 3).equals(host.strip().toLowerCase(Locale.ROOT));
  }

  /** Scheme and host are case-insensitive; a trailing slash is not part of an origin. */
  static String normalize(String origin) {
    String o = origin.strip().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
