package fr.passerelles.api;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.ServiceUnavailableResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most one CPU-heavy engine call per core run at once ({@code --engine-concurrency}); the
 * others wait their turn (first come, first served) up to {@link #DEFAULT_MAX_WAIT}, then get a
 * 503. A match is pure CPU (NLP, then Lucene over memory-mapped files), so more matches than cores
 * only share the cores worse: with 16 at once on 2 cores each one holds its working set longer, so
 * the young generation copies more and the caches thrash. docs/performance.md has the figures.
 * Cheap routes are not gated.
 *
 * <p>Large texts have a lane of their own: a text over {@link #LARGE_TEXT_CHARS} (some three
 * one-page CVs) must first take one of the lane's permits, one fewer than the slots (at least
 * one). So however many large texts arrive, one slot stays free for ordinary CVs: a client sending
 * a 20,000-character text every second slows the CVs behind it but cannot hold every core.
 */
final class EngineGate {
  static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);
  /** From this length a text is large: it costs several times a one-page CV (2,900 chars). */
  static final int LARGE_TEXT_CHARS = 8_000;

  private final Semaphore permits;
  private final Semaphore largeLane;
  private final Duration maxWait;

  EngineGate(int permits, Duration maxWait) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1: " + permits);
    }
    this.permits = new Semaphore(permits, true);
    this.largeLane = new Semaphore(Math.max(1, permits - 1), true);
    this.maxWait = maxWait;
  }

  /** {@link ApiConfig#engineSlots()} permits: one per available processor by default. */
  static EngineGate of(ApiConfig config) {
    return new EngineGate(config.engineSlots(), DEFAULT_MAX_WAIT);
  }

  /** Runs {@code work}, whose input is a text of {@code textChars}, once a permit is free. */
  <T> T run(Context ctx, int textChars, Supplier<T> work) {
    if (textChars < LARGE_TEXT_CHARS) {
      return run(ctx, work);
    }
    long deadline = System.nanoTime() + maxWait.toNanos();
    acquire(ctx, largeLane, maxWait.toNanos());
    try {
      acquire(ctx, permits, deadline - System.nanoTime());
      try {
        return work.get();
      } finally {
        permits.release();
      }
    } finally {
      largeLane.release();
    }
  }

  /** Runs {@code work} once a permit is free; 503 with {@code Retry-After} if none frees in time. */
  <T> T run(Context ctx, Supplier<T> work) {
    acquire(ctx, permits, maxWait.toNanos());
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  private void acquire(Context ctx, Semaphore semaphore, long nanos) {
    boolean acquired;
    try {
      acquired = semaphore.tryAcquire(Math.max(0, nanos), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      ctx.header(Header.RETRY_AFTER, Long.toString(Math.max(1, maxWait.toSeconds())));
      throw new ServiceUnavailableResponse("Serveur occupé : trop d'analyses en attente, réessayer dans un moment.");
    }
  }
}
