package fr.passerelles.api;

import fr.passerelles.api.dto.MatchRequest;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.TextMatcher;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /match}: a French text (CV, job description, list of skills) → the closest sheets,
 * each with the activities and competences that matched and where in the text. The body is
 * {@link MatchRequest} as JSON, or the bare text as {@code text/plain} with the options as query
 * parameters. The text is never logged.
 */
final class MatchHandlers {
  private static final List<String> PLAIN_TEXT_PARAMS =
      List.of(SheetFilterParams.LIMIT, SheetFilterParams.TYPE, SheetFilterParams.FAMILY);

  private final EngineHolder engine;
  private final EngineGate gate;
  private final TextBodyReader bodies;
  private final SheetFilterParams filters;

  MatchHandlers(EngineHolder engine, EngineGate gate, TextBodyReader bodies, SheetFilterParams filters) {
    this.engine = engine;
    this.gate = gate;
    this.bodies = bodies;
    this.filters = filters;
  }

  void match(Context ctx) {
    MatchRequest request = read(ctx);
    SheetType type = SheetFilterParams.type(request.type());
    MatchOptions options = new MatchOptions(
        filters.limit(request.limit(), MatchOptions.DEFAULT_LIMIT),
        type,
        filters.family(request.family(), type),
        MatchOptions.DEFAULT_EVIDENCE);
    TextMatcher matcher = engine.require(ctx).textMatcher();
    MatchResult result = gate.run(ctx, request.text().length(), () -> matcher.match(request.text(), options));
    ctx.json(MatchMapper.result(result));
  }

  /** The options from the JSON body, or from the query string for a {@code text/plain} body. */
  private MatchRequest read(Context ctx) {
    if (TextBodyReader.isPlainText(ctx)) {
      QueryParams params = QueryParams.read(ctx, PLAIN_TEXT_PARAMS);
      Integer limit = filters.limit(params, MatchOptions.DEFAULT_LIMIT);
      String type = params.string(SheetFilterParams.TYPE);
      String family = params.string(SheetFilterParams.FAMILY);
      return new MatchRequest(bodies.readText(ctx), limit, type, family);
    }
    if (!QueryParams.parse(ctx.queryString()).isEmpty()) {
      throw new BadRequestResponse("Avec un corps JSON, les options (limit, type, family) vont dans le corps,"
          + " pas dans l'URL.");
    }
    return bodies.readJson(ctx, MatchRequest.class, MatchRequest::text);
  }
}
