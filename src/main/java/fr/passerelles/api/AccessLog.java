package fr.passerelles.api;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, route template, status, duration, response size, request id.
 *
 * <p>Request bodies carry CVs (personal data) and query strings carry search text, so neither is
 * ever logged; the route is the matched template ({@code /api/v1/metiers/{code}}), never the
 * path the client typed, and {@value #NO_ROUTE} when nothing matched.
 */
public final class AccessLog implements RequestLogger {
  /** Logger name, so the access log can be routed or silenced on its own. */
  public static final String LOGGER = "fr.passerelles.api.access";

  static final String NO_ROUTE = "-";
  private static final Pattern METHOD = Pattern.compile("[A-Z]{1,12}");

  private final Consumer<String> sink;

  /** Logs to SLF4J at INFO under {@value #LOGGER}. */
  public AccessLog() {
    this(LoggerFactory.getLogger(LOGGER)::info);
  }

  /** Sends each line to {@code sink} (tests collect them). */
  public AccessLog(Consumer<String> sink) {
    this.sink = sink;
  }

  Consumer<String> sink() {
    return sink;
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    sink.accept(format(
        ctx.method().name(),
        matched == null ? NO_ROUTE : matched.path,
        ctx.statusCode(),
        executionTimeMs == null ? 0f : executionTimeMs,
        responseBytes(ctx),
        RequestIds.of(ctx)));
  }

  /** The log line. Pure, so the no-personal-data rule is testable field by field. */
  static String format(String method, String route, int status, float millis, long bytes, String requestId) {
    String safeMethod = METHOD.matcher(method).matches() ? method : "OTHER";
    return String.format(Locale.ROOT, "%s %s %d %.1fms %dB id=%s",
        safeMethod, route, status, millis, bytes, requestId);
  }

  /** Size of the body Javalin wrote, before any compression. */
  private static long responseBytes(Context ctx) {
    String result = ctx.result();
    return result == null ? 0 : result.getBytes(StandardCharsets.UTF_8).length;
  }

}
