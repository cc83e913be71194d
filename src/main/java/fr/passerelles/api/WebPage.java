package fr.passerelles.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The web page for employees and recruiters: plain HTML, CSS and JavaScript modules from
 * {@code src/main/resources/public}, served at {@code /} by the same Javalin app as the API, which
 * it calls on the same origin. No build step and nothing loaded from another site, so it works
 * offline.
 *
 * <p>Every file is sent with a Content-Security-Policy that allows only this origin: scripts,
 * styles, images and {@code fetch} to the API. A user's pasted text is shown as text, never as
 * markup; the policy is the second line of defence.
 */
final class WebPage {
  /** Classpath folder of the page's files. */
  static final String RESOURCES = "/public";

  /** Only this origin, no inline script or style, no framing, no plugins. */
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      // revalidate each time: a new release must not mix old and new modules
      "Cache-Control", "no-cache");

  private WebPage() {}

  static void install(JavalinConfig javalin) {
    javalin.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = RESOURCES;
      files.location = Location.CLASSPATH;
      files.headers = HEADERS;
    });
  }
}
