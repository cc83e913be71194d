package fr.passerelles.api;

import fr.passerelles.Passerelles;
import fr.passerelles.search.SkillSearch;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.ServiceUnavailableResponse;
import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine (index, ROME release, NLP models, matcher) as the routes see it. {@code serve} answers
 * at once and opens the engine in the background, because a first index build takes about 20 s:
 * until it is open, {@code /ready} says so and the engine routes answer 503 with a
 * {@code Retry-After}; the referential routes, which need only the corpus, answer throughout.
 *
 * <p>A route reads the engine with {@link #require}; a new engine route (passerelles, gaps…) only
 * calls the part of {@link Passerelles} it needs. Reads are a volatile load, no lock; only the
 * state changes are synchronized.
 *
 * <p>A running server can swap in a new engine ({@link #swap}: the index rebuilt because the corpus
 * or the ROME release changed). A request holds the engine it first read until it ends
 * ({@link #release}, an after-handler of every request), so it sees one generation throughout;
 * the old engine closes when its last request ends, never under one. Requests that start after the
 * swap get the new engine: no request fails or waits because of a swap.
 */
public final class EngineHolder implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(EngineHolder.class);
  /** Seconds a client is told to wait while the engine opens. */
  static final int RETRY_AFTER_SECONDS = 5;
  /** Request attribute: the engine generation the request holds. */
  static final String LEASE = "passerelles.engine";

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

  /**
   * The engine and the services built on it once, for all requests, with a count of its holders:
   * the holder itself while the engine is current, plus each request in flight. Closed at zero.
   */
  private static final class Open {
    final Passerelles engine;
    final SkillSearch skills;
    private final AtomicInteger holders = new AtomicInteger(1);

    Open(Passerelles engine) {
      this.engine = engine;
      this.skills = new SkillSearch(engine.indexes(), SkillSearch.synonymsOf(engine.corpusDir()));
    }

    /** Takes a hold, unless the engine is already closing. */
    boolean retain() {
      for (int n = holders.get(); n > 0; n = holders.get()) {
        if (holders.compareAndSet(n, n + 1)) {
          return true;
        }
      }
      return false;
    }

    void release() {
      if (holders.decrementAndGet() == 0) {
        try (SkillSearch s = skills) {
          engine.close();
        } catch (IOException | RuntimeException e) {
          LOG.warn("Could not close a retired engine: {}", e.toString());
        }
      }
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
    return new EngineHolder(State.READY, new Open(Objects.requireNonNull(engine, "engine")));
  }

  /** The engine is open. If the holder was closed meanwhile (stopped during start-up), it is closed at once. */
  public void ready(Passerelles opened) throws IOException {
    Objects.requireNonNull(opened, "opened");
    synchronized (this) {
      if (state == State.STARTING) {
        open = new Open(opened);
        state = State.READY;
        return;
      }
    }
    opened.close();
  }

  /**
   * Makes {@code next} the engine of every request that starts from now on; the previous one closes
   * once the requests holding it end. False (and {@code next} closed) unless the holder is READY.
   */
  public boolean swap(Passerelles next) throws IOException {
    Objects.requireNonNull(next, "next");
    Open previous;
    synchronized (this) {
      if (state != State.READY) {
        next.close();
        return false;
      }
      previous = open;
      open = new Open(next);
    }
    previous.release();
    return true;
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

  /** The open engine, if it is (for reads of in-memory data: it may be swapped at any time). */
  public Optional<Passerelles> current() {
    Open o = open;
    return o == null ? Optional.empty() : Optional.of(o.engine);
  }

  /**
   * Whether some request holds the current engine now (work in the background waits for none: the
   * cores are the requests').
   */
  public boolean busy() {
    Open o = open;
    return o != null && o.holders.get() > 1;
  }

  /** The open engine, or a 503 (with {@code Retry-After} while it is starting); held until the request ends. */
  Passerelles require(Context ctx) {
    return hold(ctx).engine;
  }

  /** Competence search over the open engine's indexes, or a 503. */
  SkillSearch skills(Context ctx) {
    return hold(ctx).skills;
  }

  /** The engine this request holds, taking a hold on the current one on first use. */
  private Open hold(Context ctx) {
    Open held = ctx.attribute(LEASE);
    if (held != null) {
      return held;
    }
    while (true) {
      Open o = open;
      if (o == null) {
        if (state == State.STARTING) {
          ctx.header(Header.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
          throw new ServiceUnavailableResponse(
              "Le moteur de recherche démarre (ouverture de l'index) : réessayer dans quelques secondes.");
        }
        throw new ServiceUnavailableResponse("Le moteur de recherche est indisponible.");
      }
      if (o.retain()) {
        ctx.attribute(LEASE, o);
        return o;
      }
      // swapped out and closing between the read and the hold: read the new one
    }
  }

  /** After-handler of every request: lets go of the engine it held, if any. */
  static void release(Context ctx) {
    Open held = ctx.attribute(LEASE);
    if (held != null) {
      ctx.attribute(LEASE, null);
      held.release();
    }
  }

  /** Closes the engine once no request holds it; later calls to {@link #ready} and {@link #swap} close what they bring. */
  @Override
  public void close() {
    Open toClose;
    synchronized (this) {
      toClose = open;
      open = null;
      state = State.CLOSED;
    }
    if (toClose != null) {
      toClose.release();
    }
  }
}
