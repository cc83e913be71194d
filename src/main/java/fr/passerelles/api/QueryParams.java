package fr.passerelles.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;

/**
 * Rejects query parameters a route does not read, so a typo ({@code ?familly=01}) is a 400
 * instead of an unfiltered answer that looks right.
 */
public final class QueryParams {
  private QueryParams() {}

  public static void allowOnly(Context ctx, List<String> accepted) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!accepted.contains(name)) {
        throw new BadRequestResponse("Paramètre inconnu : " + ErrorResponses.echo(name)
            + (accepted.isEmpty() ? " (cette ressource n'en accepte aucun)."
                : " (acceptés : " + String.join(", ", accepted) + ")."));
      }
    }
  }
}
