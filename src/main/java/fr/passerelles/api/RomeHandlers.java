package fr.passerelles.api;

import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeSheet;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.regex.Pattern;

/** {@code GET /rome/{code}}: a ROME sheet of the loaded release. */
final class RomeHandlers {
  private static final Pattern ROME_CODE = Pattern.compile("[A-N]\\d{4}");

  private final EngineHolder engine;
  private final RomeMapper mapper;

  RomeHandlers(EngineHolder engine, RomeMapper mapper) {
    this.engine = engine;
    this.mapper = mapper;
  }

  void sheet(Context ctx) {
    QueryParams.allowOnly(ctx, List.of());
    String code = ctx.pathParamAsClass("code", String.class)
        .check(c -> c != null && ROME_CODE.matcher(c).matches(),
            "code ROME attendu : une lettre de A à N et 4 chiffres, par exemple M1601")
        .get();
    RomeRelease rome = engine.require(ctx).rome().orElseThrow(() -> new NotFoundResponse(
        "Aucun référentiel ROME n'est chargé sur ce serveur : les fiches ROME ne sont pas disponibles."));
    RomeSheet sheet = rome.sheet(code).orElseThrow(() -> new NotFoundResponse(
        "Fiche ROME inconnue : " + code));
    ctx.json(mapper.sheet(sheet, rome));
  }
}
