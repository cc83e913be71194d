package fr.passerelles.api;

import fr.passerelles.corpus.Corpus;
import java.util.Objects;

/**
 * The plain services the HTTP layer calls: built once at start-up, immutable or thread-safe, shared
 * by every request. Handlers receive what they need from here; nothing in these services knows
 * about HTTP.
 *
 * <p>An engine route (matching, ROME, competence search, and later passerelles, gaps…) takes the
 * {@link EngineHolder} and reads the part of the engine it needs per request, so it answers 503
 * while the engine opens. {@code ServeCommand} and the tests' {@code TestApi} are the only places
 * that construct this record.
 *
 * @param corpus the branch referential (nomenclatures, sheets, mobility method), served from start-up
 * @param engine the index, ROME release and matcher, open once {@link EngineHolder#state()} is READY
 */
public record Services(Corpus corpus, EngineHolder engine) {
  public Services {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(engine, "engine");
  }
}
