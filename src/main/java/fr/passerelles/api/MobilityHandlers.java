package fr.passerelles.api;

import fr.passerelles.api.dto.HeadcountDto;
import fr.passerelles.api.dto.PersonalRequest;
import fr.passerelles.api.dto.TrainingNeedsRequest;
import fr.passerelles.mobility.Headcount;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.MobilityScope;
import fr.passerelles.mobility.PersonalQuery;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The mobility routes: passerelles of a métier by degree, a text's personal passerelles, and the
 * gap between two sheets. Thin: parse, call {@link Mobility}, map. An unknown métier
 * ({@code UnknownMetierException}) and a refused text ({@code NotFrenchException}) are mapped to
 * their answers by {@link ErrorResponses}, for every route alike.
 */
final class MobilityHandlers {
  private static final String SCOPE = "scope";
  private static final String FULL = "full";
  private static final String CODE = "code";

  private final EngineHolder engine;
  private final EngineGate gate;
  private final TextBodyReader bodies;

  MobilityHandlers(EngineHolder engine, EngineGate gate, TextBodyReader bodies) {
    this.engine = engine;
    this.gate = gate;
    this.bodies = bodies;
  }

  /** {@code GET /metiers/{code}/passerelles?scope=branch|rome|all&full=true}. */
  void passerelles(Context ctx) {
    QueryParams params = QueryParams.read(ctx, List.of(SCOPE, FULL));
    String code = Codes.check(CODE, ctx.pathParam(CODE), Codes.PROFILE, Codes.PROFILE_EXPECTED);
    String scopeParam = params.string(SCOPE);
    boolean full = full(params);
    MobilityScope scope = null;
    if (scopeParam != null) {
      try {
        scope = MobilityScope.parse(scopeParam);
      } catch (IllegalArgumentException e) {
        throw new BadRequestResponse("Paramètre scope invalide : attendu branch, rome ou all.");
      }
    }
    Mobility mobility = engine.require(ctx).mobility();
    ctx.json(MobilityMapper.area(scope == null ? mobility.passerelles(code) : mobility.passerelles(code, scope), full));
  }

  /** {@code ?full=true|false}: every missing competence of each passerelle, else its key gaps. */
  private static boolean full(QueryParams params) {
    return "true".equals(params.string(FULL, v -> v.equals("true") || v.equals("false"), "true ou false"));
  }

  /**
   * {@code POST /passerelles}: a text → its closest métier and the passerelles it leaves to learn,
   * with the person's corrections ({@code exclude}, {@code include}), scope and wish.
   */
  void personal(Context ctx) {
    QueryParams params = QueryParams.read(ctx, List.of(FULL));
    PersonalRequest request = bodies.readJson(ctx, PersonalRequest.class, PersonalRequest::text);
    boolean full = request.full() != null ? request.full() : full(params);
    Mobility mobility = engine.require(ctx).mobility();
    PersonalQuery query = PersonalRequests.query(request, mobility);
    ctx.json(MobilityMapper.personal(gate.run(ctx, request.text().length(), () -> mobility.personal(query)), full));
  }

  /** {@code GET /training-needs?code=}: what to train the holders of one métier for. */
  void trainingNeeds(Context ctx) {
    QueryParams params = QueryParams.read(ctx, List.of(CODE));
    String code = params.string(CODE);
    if (code == null || code.isBlank()) {
      throw new BadRequestResponse("Paramètre code obligatoire (code de métier ou de fiche).");
    }
    Codes.check(CODE, code, Codes.PROFILE, Codes.PROFILE_EXPECTED);
    ctx.json(MobilityMapper.trainingNeeds(engine.require(ctx).mobility().trainingNeeds(code)));
  }

  /** {@code POST /training-needs}: the same for a population of métiers with headcounts. */
  void populationTrainingNeeds(Context ctx) {
    QueryParams.none(ctx);
    TrainingNeedsRequest request = bodies.readJson(ctx, TrainingNeedsRequest.class);
    if (request.population() == null || request.population().isEmpty()) {
      throw new BadRequestResponse("population vide : au moins un métier avec son effectif.");
    }
    List<Headcount> population = new ArrayList<>();
    for (HeadcountDto h : request.population()) {
      if (h == null || h.metier() == null || h.people() <= 0) {
        throw new BadRequestResponse("Chaque entrée de population demande un métier et un effectif positif.");
      }
      population.add(new Headcount(Codes.check("metier", h.metier(), Codes.PROFILE, Codes.PROFILE_EXPECTED),
          h.people()));
    }
    ctx.json(MobilityMapper.trainingNeeds(engine.require(ctx).mobility().trainingNeeds(population)));
  }

  /** {@code GET /synthesis.csv}: every métier × degree × target × competence to deepen or acquire. */
  void synthesis(Context ctx) {
    QueryParams.none(ctx);
    StringBuilder csv = new StringBuilder();
    engine.require(ctx).mobility().writeSynthesis(csv);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"synthese-passerelles.csv\"");
    ctx.result(csv.toString());
  }

  /** {@code GET /gap?from=&to=}. */
  void gap(Context ctx) {
    QueryParams params = QueryParams.read(ctx, List.of("from", "to"));
    String from = params.string("from");
    String to = params.string("to");
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      throw new BadRequestResponse("Paramètres from et to obligatoires (codes de métier, de fiche ou ROME).");
    }
    Codes.check("from", from, Codes.PROFILE, Codes.PROFILE_EXPECTED);
    Codes.check("to", to, Codes.PROFILE, Codes.PROFILE_EXPECTED);
    ctx.json(MobilityMapper.gap(engine.require(ctx).mobility().gap(from, to)));
  }
}
