package fr.passerelles.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The query string of one request, read once and checked: a parameter the route does not read is
 * a 400 (a typo such as {@code ?familly=01} is not silently ignored), and so is a parameter given
 * twice ({@code ?limit=1&limit=5}: which one did the client mean?).
 *
 * <p>The query string is decoded here, always as UTF-8 (RFC 3986), never through Javalin's
 * {@code queryParamMap()}: Javalin decodes it with the charset of the request's
 * {@code Content-Type}, so a malformed header ({@code x; charset}) would fail every route, even a
 * GET. Every handler reads its parameters through this class, so no route can reach that path.
 */
public final class QueryParams {
  private final Map<String, String> values;

  private QueryParams(Map<String, String> values) {
    this.values = values;
  }

  /** The parameters of {@code ctx}, each at most once and all among {@code accepted}; else 400. */
  public static QueryParams read(Context ctx, List<String> accepted) {
    Map<String, String> values = parse(ctx.queryString());
    for (String name : values.keySet()) {
      if (!accepted.contains(name)) {
        throw new BadRequestResponse("Paramètre inconnu : " + ErrorResponses.echo(name)
            + (accepted.isEmpty() ? " (cette ressource n'en accepte aucun)."
                : " (acceptés : " + String.join(", ", accepted) + ")."));
      }
    }
    return new QueryParams(values);
  }

  /** For a route that takes no parameter: 400 if there is any. */
  public static void none(Context ctx) {
    read(ctx, List.of());
  }

  /** Name → value in order; a repeated name, or an undecodable escape, is a 400. */
  static Map<String, String> parse(String query) {
    if (query == null || query.isEmpty()) {
      return Map.of();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (values.putIfAbsent(name, value) != null) {
        throw new BadRequestResponse("Paramètre répété : " + ErrorResponses.echo(name)
            + " (une seule valeur attendue).");
      }
    }
    return Collections.unmodifiableMap(values);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("Paramètres de l'adresse mal encodés (séquence % invalide).");
    }
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The value, or null when absent. */
  public String string(String name) {
    return values.get(name);
  }

  /** The value, null when absent; 400 naming the parameter when it fails {@code valid}. */
  public String string(String name, Predicate<String> valid, String expected) {
    String v = values.get(name);
    if (v != null && !valid.test(v)) {
      throw invalid(name, expected);
    }
    return v;
  }

  /** The value, null when absent; 400 unless a whole number in [min, max]. */
  public Integer integer(String name, long min, long max, String expected) {
    String v = values.get(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("[+-]?\\d{1,10}")) {
      throw invalid(name, v.matches("[+-]?\\d+") ? expected : "format incorrect");
    }
    long n = Long.parseLong(v);
    if (n < min || n > max) {
      throw invalid(name, expected);
    }
    return (int) n;
  }

  static BadRequestResponse invalid(String name, String detail) {
    return new BadRequestResponse("Paramètre invalide : " + name + " (" + detail + ").");
  }
}
