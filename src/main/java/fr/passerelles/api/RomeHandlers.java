package fr.passerelles.api;

import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;

/** {@code GET /rome/{code}}: a ROME sheet of the loaded release. */
final class RomeHandlers {
  private final EngineHolder engine;
  private final RomeMapper mapper;

  RomeHandlers(EngineHolder engine, RomeMapper mapper) {
    this.engine = engine;
    this.mapper = mapper;
  }

  void sheet(Context ctx) {
    QueryParams.none(ctx);
    String code = Codes.check("code", ctx.pathParam("code"), Codes.ROME, Codes.ROME_EXPECTED);
    RomeRelease rome = engine.require(ctx).rome().orElseThrow(() -> new NotFoundResponse(
        "Aucun référentiel ROME n'est chargé sur ce serveur : les fiches ROME ne sont pas disponibles."));
    RomeSheet sheet = rome.sheet(code).orElseThrow(() -> new NotFoundResponse(
        "Fiche ROME inconnue : " + code));
    ctx.json(mapper.sheet(sheet, rome));
  }
}
