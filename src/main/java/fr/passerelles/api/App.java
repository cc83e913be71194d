package fr.passerelles.api;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/**
 * Builds the HTTP API, and the web page that calls it ({@link WebPage}, at {@code /}).
 * {@code bin/passerelles serve} and the tests call the same factory.
 *
 * <p>To add a route: write its handler class (parse and validate with {@link QueryParams},
 * {@link Codes}, {@link Paging} or {@link TextBodyReader}, call a service from {@link Services}, answer a record
 * of {@code api.dto}), add one line to {@link #routes}, and describe the path in
 * {@code src/main/resources/openapi.json}; {@code OpenApiDocumentTest} fails until both agree.
 */
public final class App {
  /** Prefix of every versioned route. */
  public static final String V1 = "/api/v1";

  private App() {}

  /** The configured, not yet started, Javalin instance. */
  public static Javalin create(Services services, ApiConfig config) {
    return create(services, config, new AccessLog());
  }

  /** @param accessLog the request logger (a test passes one that collects its lines) */
  static Javalin create(Services services, ApiConfig config, AccessLog accessLog) {
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(config, "config");
    OpenApiDocument openApi = OpenApiDocument.load();
    return Javalin.create(javalin -> {
      ApiFoundation.install(javalin, config, accessLog);
      WebPage.install(javalin);
      routes(javalin.routes, services, config, openApi);
      // a request lets go of the engine generation it read, whatever its outcome (EngineHolder#swap)
      javalin.routes.after(EngineHolder::release);
    });
  }

  /** Every route of the API, in one place. */
  private static void routes(RoutesConfig routes, Services services, ApiConfig config, OpenApiDocument openApi) {
    HealthHandlers health = new HealthHandlers(services);
    FamilyHandlers families = new FamilyHandlers(services.corpus());
    MetierHandlers metiers = new MetierHandlers(services.corpus(), services.engine(), new Paging(config));
    SheetFilterParams filters = new SheetFilterParams(services.corpus(), config);
    EngineGate gate = EngineGate.of(config);
    TextBodyReader bodies = new TextBodyReader(config);
    MatchHandlers match = new MatchHandlers(services.engine(), gate, bodies, filters);
    RomeHandlers rome = new RomeHandlers(services.engine(), new RomeMapper(services.corpus()));
    CompetenceHandlers competences = new CompetenceHandlers(services.engine(), filters, new Paging(config));
    MobilityHandlers mobility = new MobilityHandlers(services.engine(), gate, bodies);
    BatchHandlers batch = new BatchHandlers(services.engine(), gate, bodies, BatchLimits.DEFAULT, config);

    routes.get(V1 + "/health", health::health);
    routes.get(V1 + "/ready", health::ready);
    routes.get(V1 + "/families", families::list);
    routes.get(V1 + "/metiers", metiers::list);
    routes.get(V1 + "/metiers/{code}", metiers::detail);
    routes.get(V1 + "/sheets/{id}", metiers::sheet);
    routes.post(V1 + "/match", match::match);
    routes.get(V1 + "/rome/{code}", rome::sheet);
    routes.get(V1 + "/competences", competences::search);
    routes.get(V1 + "/metiers/{code}/passerelles", mobility::passerelles);
    routes.post(V1 + "/passerelles", mobility::personal);
    routes.post(V1 + "/passerelles/batch", batch::batch);
    routes.get(V1 + "/gap", mobility::gap);
    routes.get(V1 + "/training-needs", mobility::trainingNeeds);
    routes.post(V1 + "/training-needs", mobility::populationTrainingNeeds);
    routes.get(V1 + "/synthesis.csv", mobility::synthesis);
    routes.get("/openapi.json", openApi::serve);
  }
}
