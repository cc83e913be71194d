package fr.passerelles.api;

import fr.passerelles.Passerelles;
import fr.passerelles.search.SkillSearch;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine (index, ROME release, NLP models, matcher) as the routes see it. {@code serve} answers
 * at once and opens the engine in the background, because a first index build takes about 20 s:
 * until it is open, {@code /ready} says so and the engine routes answer 503 with a
 * {@code Retry-After}; the referential routes, which need only the corpus, answer throughout.
 *
 * <p>A route reads the engine with {@link #require}; a new engine route (passerelles, gaps…) only
 * calls the part of {@link Passerelles} it needs. Reads are a volatile load, no lock; only the
 * state changes are synchronized.
 */
public final class EngineHolder implements Closeable {
  /** Seconds a client is told to wait while the engine opens. */
  static final int RETRY_AFTER_SECONDS = 5;

  /** Where the engine is in its life. */
  public enum State {
    /** being opened (index opened, or built on a first start) */
    STARTING,
    /** open: every route answers */
    READY,
    /** could not be opened; the server stops */
    FAILED,
    /** closed at shutdown */
    CLOSED
  }

  private volatile State state;
  private volatile Open open;

  /** The engine and the services built on it once, for all requests. */
  private record Open(Passerelles engine, SkillSearch skills) {
    static Open of(Passerelles engine) {
      return new Open(engine, new SkillSearch(engine.indexes(), SkillSearch.synonymsOf(engine.corpusDir())));
    }
  }

  private EngineHolder(State state, Open open) {
    this.state = state;
    this.open = open;
  }

  /** An engine still being opened; {@link #ready} hands it over. */
  public static EngineHolder starting() {
    return new EngineHolder(State.STARTING, null);
  }

  /** An engine already open (tests, tools). */
  public static EngineHolder of(Passerelles engine) {
    return new EngineHolder(State.READY, Open.of(Objects.requireNonNull(engine, "engine")));
  }

  /** The engine is open. If the holder was closed meanwhile (stopped during start-up), it is closed at once. */
  public void ready(Passerelles opened) throws IOException {
    Objects.requireNonNull(opened, "opened");
    synchronized (this) {
      if (state == State.STARTING) {
        open = Open.of(opened);
        state = State.READY;
        return;
      }
    }
    opened.close();
  }

  /** Opening failed; engine routes keep answering 503 until the server stops. */
  public synchronized void failed() {
    if (state == State.STARTING) {
      state = State.FAILED;
    }
  }

  public State state() {
    return state;
  }

  /** The open engine, if it is. */
  public Optional<Passerelles> current() {
    Open o = open;
    return o == null ? Optional.empty() : Optional.of(o.engine());
  }

  /** The open engine, or a 503 (with {@code Retry-After} while it is starting). */
  Passerelles require(Context ctx) {
    return requireOpen(ctx).engine();
  }

  /** Competence search over the open engine's indexes, or a 503. */
  SkillSearch skills(Context ctx) {
    return requireOpen(ctx).skills();
  }

  private Open requireOpen(Context ctx) {
    Open o = open;
    if (o != null) {
      return o;
    }
    if (state == State.STARTING) {
      ctx.header(Header.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
      throw new ServiceUnavailableResponse(
          "Le moteur de recherche démarre (ouverture de l'index) : réessayer dans quelques secondes.");
    }
    throw new ServiceUnavailableResponse("Le moteur de recherche est indisponible.");
  }

  /** Closes the engine if open; later calls to {@link #ready} close what they bring. */
  @Override
  public void close() {
    Open toClose;
    synchronized (this) {
      toClose = open;
      open = null;
      state = State.CLOSED;
    }
    if (toClose != null) {
      try (SkillSearch skills = toClose.skills()) {
        toClose.engine().close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the index", e);
      }
    }
  }
}
