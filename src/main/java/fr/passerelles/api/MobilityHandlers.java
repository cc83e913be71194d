package fr.passerelles.api;

import fr.passerelles.api.dto.PersonalRequest;
import fr.passerelles.api.dto.TrainingNeedsRequest;
import fr.passerelles.mobility.Headcount;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.MobilityScope;
import fr.passerelles.mobility.UnknownMetierException;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;

/**
 * The mobility routes: passerelles of a métier by degree, a text's personal passerelles, and the
 * gap between two sheets. Thin: parse, call {@link Mobility}, map.
 */
final class MobilityHandlers {
  private static final String SCOPE = "scope";
  private static final String FULL = "full";

  private final EngineHolder engine;
  private final TextBodyReader bodies;

  MobilityHandlers(EngineHolder engine, TextBodyReader bodies) {
    this.engine = engine;
    this.bodies = bodies;
  }

  /** {@code GET /metiers/{code}/passerelles?scope=branch|rome|all&full=true}. */
  void passerelles(Context ctx) {
    QueryParams.allowOnly(ctx, List.of(SCOPE, FULL));
    boolean full = full(ctx);
    String code = ctx.pathParam("code");
    String scopeParam = ctx.queryParam(SCOPE);
    MobilityScope scope = null;
    if (scopeParam != null) {
      try {
        scope = MobilityScope.parse(scopeParam);
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("Paramètre scope invalide : attendu branch, rome ou all.");
      }
    }
    Mobility mobility = engine.require(ctx).mobility();
    try {
      ctx.json(MobilityMapper.area(scope == null ? mobility.passerelles(code) : mobility.passerelles(code, scope), full));
    } catch (UnknownMetierException e) {
      throw new NotFoundResponse("Métier ou fiche inconnue : " + code);
    }
  }

  /** {@code ?full=true|false}: every missing competence of each passerelle, else its key gaps. */
  private static boolean full(Context ctx) {
    String v = ctx.queryParam(FULL);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new BadRequestResponse("Paramètre full invalide : attendu true ou false.");
  }

  /** {@code POST /passerelles}: a text → its closest métier and the passerelles it leaves to learn. */
  void personal(Context ctx) {
    boolean full = full(ctx);
    PersonalRequest request = bodies.readJson(ctx, PersonalRequest.class, PersonalRequest::text);
    SheetType type = request.type() == null ? SheetType.BRANCH : SheetType.parse(request.type());
    if (type == null) {
      throw new BadRequestResponse("Champ type invalide : attendu branch ou rome.");
    }
    try {
      ctx.json(MobilityMapper.personal(engine.require(ctx).mobility().personal(request.text(), type), full));
    } catch (NotFrenchException e) {
      throw UnprocessableTextException.refused(e.verdict().reason());
    }
  }

  /** {@code GET /training-needs?code=}: what to train the holders of one métier for. */
  void trainingNeeds(Context ctx) {
    QueryParams.allowOnly(ctx, List.of("code"));
    String code = ctx.queryParam("code");
    if (code == null || code.isBlank()) {
      throw new BadRequestResponse("Paramètre code obligatoire (code de métier ou de fiche).");
    }
    try {
      ctx.json(MobilityMapper.trainingNeeds(engine.require(ctx).mobility().trainingNeeds(code)));
    } catch (UnknownMetierException e) {
      throw new NotFoundResponse("Métier ou fiche inconnue : " + code);
    }
  }

  /** {@code POST /training-needs}: the same for a population of métiers with headcounts. */
  void populationTrainingNeeds(Context ctx) {
    TrainingNeedsRequest request;
    try {
      request = new com.fasterxml.jackson.databind.ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(ctx.bodyAsBytes(), TrainingNeedsRequest.class);
    } catch (java.io.IOException e) {
      throw new BadRequestResponse("Corps JSON invalide : attendu {\"population\": [{\"metier\": \"0102\", \"people\": 2799}]}.");
    }
    if (request == null || request.population() == null || request.population().isEmpty()) {
      throw new BadRequestResponse("population vide : au moins un métier avec son effectif.");
    }
    List<Headcount> population = new java.util.ArrayList<>();
    for (var h : request.population()) {
      if (h == null || h.metier() == null || h.people() <= 0) {
        throw new BadRequestResponse("Chaque entrée de population demande un métier et un effectif positif.");
      }
      population.add(new Headcount(h.metier(), h.people()));
    }
    try {
      ctx.json(MobilityMapper.trainingNeeds(engine.require(ctx).mobility().trainingNeeds(population)));
    } catch (UnknownMetierException e) {
      throw new NotFoundResponse("Métier ou fiche inconnue : " + e.id());
    }
  }

  /** {@code GET /synthesis.csv}: every métier × degree × target × competence to deepen or acquire. */
  void synthesis(Context ctx) {
    QueryParams.allowOnly(ctx, List.of());
    StringBuilder csv = new StringBuilder();
    engine.require(ctx).mobility().writeSynthesis(csv);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"synthese-passerelles.csv\"");
    ctx.result(csv.toString());
  }

  /** {@code GET /gap?from=&to=}. */
  void gap(Context ctx) {
    QueryParams.allowOnly(ctx, List.of("from", "to"));
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      throw new BadRequestResponse("Paramètres from et to obligatoires (codes de métier, de fiche ou ROME).");
    }
    try {
      ctx.json(MobilityMapper.gap(engine.require(ctx).mobility().gap(from, to)));
    } catch (UnknownMetierException e) {
      throw new NotFoundResponse("Métier ou fiche inconnue : " + e.getMessage().replace("unknown métier: ", ""));
    }
  }
}
