package fr.passerelles.api;

import fr.passerelles.api.dto.CorpusStateDto;
import fr.passerelles.api.dto.HealthDto;
import fr.passerelles.api.dto.IndexStateDto;
import fr.passerelles.api.dto.ReadinessDto;
import fr.passerelles.corpus.Corpus;
import io.javalin.http.Context;
import java.util.List;

/** {@code /health} (the process answers) and {@code /ready} (the data is loaded). */
final class HealthHandlers {
  static final String UP = "UP";
  /** Placeholder until the engine wires the index; no route needs it yet, so it does not gate readiness. */
  static final String INDEX_NOT_LOADED = "NOT_LOADED";

  private final Services services;

  HealthHandlers(Services services) {
    this.services = services;
  }

  void health(Context ctx) {
    QueryParams.allowOnly(ctx, List.of());
    ctx.json(new HealthDto(UP));
  }

  void ready(Context ctx) {
    QueryParams.allowOnly(ctx, List.of());
    Corpus c = services.corpus();
    CorpusStateDto corpus = new CorpusStateDto(
        c.checksum(),
        c.nomenclature2009().families().size(),
        c.nomenclature2009().metiers().size(),
        c.nomenclature2024().families().size(),
        c.nomenclature2024().metiers().size(),
        c.sheets().size());
    ctx.json(new ReadinessDto(UP, corpus, new IndexStateDto(INDEX_NOT_LOADED)));
  }
}
