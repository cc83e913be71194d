package fr.passerelles.api;

import fr.passerelles.Passerelles;
import fr.passerelles.api.dto.CorpusStateDto;
import fr.passerelles.api.dto.HealthDto;
import fr.passerelles.api.dto.IndexStateDto;
import fr.passerelles.api.dto.ReadinessDto;
import fr.passerelles.api.dto.RomeStateDto;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexManifest;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code /health} (the process answers) and {@code /ready} (the corpus is loaded and the engine is
 * open: 200, else 503 with the same body, so a probe can read why).
 */
final class HealthHandlers {
  static final String UP = "UP";
  static final String STARTING = "STARTING";
  static final String DOWN = "DOWN";

  private final Services services;

  HealthHandlers(Services services) {
    this.services = services;
  }

  void health(Context ctx) {
    QueryParams.none(ctx);
    ctx.json(new HealthDto(UP));
  }

  void ready(Context ctx) {
    QueryParams.none(ctx);
    Passerelles engine = services.engine().current().orElse(null);
    // once open, the engine's corpus: after a reload (SIGHUP) it is the one the index was built from
    Corpus c = engine != null ? engine.corpus() : services.corpus();
    CorpusStateDto corpus = new CorpusStateDto(
        c.checksum(),
        c.nomenclature2009().families().size(),
        c.nomenclature2009().metiers().size(),
        c.nomenclature2024().families().size(),
        c.nomenclature2024().metiers().size(),
        c.sheets().size());
    EngineHolder.State state = services.engine().state();
    String status = engine != null ? UP : state == EngineHolder.State.STARTING ? STARTING : DOWN;
    ctx.status(engine != null ? 200 : 503)
        .json(new ReadinessDto(status, corpus, index(state, engine), rome(engine)));
  }

  private static IndexStateDto index(EngineHolder.State state, Passerelles engine) {
    if (engine == null) {
      return new IndexStateDto(state.name(), null, null, null, null, null);
    }
    IndexManifest manifest = engine.indexes().manifest();
    Map<String, Integer> counts = manifest.counts();
    return new IndexStateDto(state.name(), counts.get(IndexBuilder.SHEETS), counts.get(IndexBuilder.ACTIVITIES),
        counts.get(IndexBuilder.COMPETENCES), manifest.source().analysis(), manifest.builtAt());
  }

  private static RomeStateDto rome(Passerelles engine) {
    return engine == null ? null : engine.rome()
        .map(r -> new RomeStateDto(r.version().describe(), r.sheets().size()))
        .orElse(null);
  }
}
