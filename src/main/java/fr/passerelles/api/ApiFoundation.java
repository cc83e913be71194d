package fr.passerelles.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Everything every route shares, installed on a Javalin config before any route: JSON mapper,
 * body size limit, request ids, CORS, the error mapping, the access log, Jetty's error page and
 * graceful stop. {@link App} installs it; so can a test's small app, to check a piece of it
 * against its own test routes.
 */
public final class ApiFoundation {
  private ApiFoundation() {}

  public static void install(JavalinConfig javalin, ApiConfig config) {
    install(javalin, config, new AccessLog());
  }

  /** @param accessLog the request logger (a test passes one that collects its lines) */
  /** The API's answers (JSON derived from a CV, errors) are never cached nor content-sniffed. */
  private static void apiHeaders(Context ctx) {
    String path = ctx.path();
    if (path.startsWith(App.V1 + "/") || path.equals(App.V1) || path.equals("/openapi.json")) {
      ErrorResponses.noStore(ctx);
    }
  }

  public static void install(JavalinConfig javalin, ApiConfig config, AccessLog accessLog) {
    javalin.startup.showJavalinBanner = false;
    javalin.startup.showOldJavalinVersionWarning = false;
    javalin.jsonMapper(JsonMapping.javalinMapper());
    javalin.http.maxRequestSize = config.maxBodyBytes();
    javalin.http.prefer405over404 = true;
    javalin.jetty.host = config.host();
    javalin.jetty.port = config.port();
    javalin.jetty.modifyServer(server -> {
      // on stop(): refuse new requests (503 on kept-alive connections), let in-flight ones finish
      // within the timeout, then close
      server.insertHandler(new GracefulHandler());
      server.setStopTimeout(config.shutdownTimeout().toMillis());
      server.setErrorHandler(new JettyErrorHandler(accessLog.sink()));
    });
    // order matters: the id first so every later answer (a CORS refusal too) carries it
    javalin.routes.before(RequestIds::assign);
    javalin.routes.before(ApiFoundation::apiHeaders);
    CorsSetup.install(javalin, config.corsOrigins());
    new ErrorResponses(config.maxBodyBytes()).install(javalin);
    javalin.requestLogger.http(accessLog);
  }
}
