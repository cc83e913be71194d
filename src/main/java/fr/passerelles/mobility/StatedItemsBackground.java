package fr.passerelles.mobility;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A served engine whose generation lacks some stated items (a server that built its own index, a
 * store the judge no longer agrees with) reads them on one background thread and writes the store,
 * so that the next start and the other replicas sharing the generation read none, and no request of
 * this one does once it is done. One thread, and it yields to requests: before each origin it waits
 * while the engine answers any (its thread priority is the lowest too, a hint the JVM ignores on
 * Linux by default), so a request shares a core with at most one origin's reading (20–130 ms). A
 * request that wants an origin not read yet still reads it itself, or waits for the reading under
 * way ({@link StatedItems#readMissing}). A server never idle never completes it: its requests read
 * on first use, as without it.
 * Stopped when the engine closes: no origin read and no store written after {@link #stop} returns.
 */
final class StatedItemsBackground {
  /** How long {@link #stop} waits for the origin being read (one takes 20–130 ms, more under load). */
  static final Duration STOP_WAIT = Duration.ofSeconds(30);
  /** How long the reading sleeps, between two origins, before it looks again whether requests are in flight. */
  static final Duration PAUSE = Duration.ofMillis(10);
  private static final Logger LOG = LoggerFactory.getLogger(StatedItemsBackground.class);

  private final StatedItems stated;
  private final List<MetierProfile> origins;
  private final Path store;
  private final java.util.function.BooleanSupplier busy;
  private final Object lock = new Object();
  private Thread thread;
  private boolean stopped;
  private volatile boolean stopping;
  private volatile Outcome outcome;

  /**
   * What the background reading did.
   *
   * @param read origins read by the background thread
   * @param byRequests origins the store lacked that requests read first
   * @param stored whether the store was written
   */
  record Outcome(int read, int byRequests, boolean stored, long millis, long cpuMillis) {}

  /**
   * @param busy whether the engine is answering requests now: the reading waits, between two
   *     origins, until it is not (thread priorities are a mere hint on Linux)
   */
  StatedItemsBackground(StatedItems stated, List<MetierProfile> origins, Path store, java.util.function.BooleanSupplier busy) {
    this.stated = stated;
    this.origins = origins;
    this.store = store;
    this.busy = busy;
  }

  /** Starts the reading, once; false when it was started already or the engine is closing. */
  boolean start() {
    synchronized (lock) {
      if (thread != null || stopped) {
        return false;
      }
      thread = Thread.ofPlatform().name("passerelles-stated-items").daemon().priority(Thread.MIN_PRIORITY)
          .unstarted(this::run);
      thread.start();
      return true;
    }
  }

  private void run() {
    long start = System.nanoTime();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuStart = cpuTime(cpu);
    try {
      StatedItems.Filled filled = stated.readMissing(origins, this::stopAfterRequests);
      if (filled == null) {
        LOG.info("Stated items: background reading stopped with the engine");
        return;
      }
      synchronized (lock) { // the engine closing waits for the store to be written, or it is not
        if (stopped) {
          return;
        }
        stated.keep(filled, store);
      }
      outcome = new Outcome(filled.read(), filled.byRequests(), store != null,
          (System.nanoTime() - start) / 1_000_000, (cpuTime(cpu) - cpuStart) / 1_000_000);
      LOG.info("Stated items of {} origins stored in {}: {} read in the background ({} ms of CPU), {} by requests, in {} ms",
          filled.readings().size(), store, outcome.read(), outcome.cpuMillis(), outcome.byRequests(), outcome.millis());
    } catch (RuntimeException e) {
      // the engine closed under it (an index closed at shutdown) or the judge failed: requests read on first use
      if (!stopping) {
        LOG.warn("Stated items: background reading failed ({}); origins are read on first use", e.toString());
      }
    }
  }

  /** Waits while requests are in flight (the cores are theirs); then whether to stop. */
  private boolean stopAfterRequests() {
    try {
      while (!stopping && busy.getAsBoolean()) {
        Thread.sleep(PAUSE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
    return stopping;
  }

  private static long cpuTime(ThreadMXBean cpu) {
    return cpu.isCurrentThreadCpuTimeSupported() ? cpu.getCurrentThreadCpuTime() : 0;
  }

  /** What the reading did, once done; null before, or when it stopped or failed. */
  Outcome outcome() {
    return outcome;
  }

  /** Waits for the reading to end (tests, measurements): true when it ended in time. */
  boolean await(Duration timeout) throws InterruptedException {
    Thread t;
    synchronized (lock) {
      t = thread;
    }
    return t == null || t.join(timeout);
  }

  /**
   * Stops the reading between two origins and waits for it; after this no origin is read and
   * nothing written. Not interrupted: an interrupt closes the index's file channels.
   */
  void stop() {
    stopping = true;
    Thread t;
    synchronized (lock) { // waits for a store being written
      stopped = true;
      t = thread;
    }
    if (t == null || t == Thread.currentThread()) {
      return;
    }
    try {
      if (!t.join(STOP_WAIT)) {
        LOG.warn("Stated items: background reading still running after {} s", STOP_WAIT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
