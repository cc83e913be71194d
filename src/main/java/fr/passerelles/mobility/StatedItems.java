package fr.passerelles.mobility;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.match.EvidenceModel;
import fr.passerelles.match.EvidenceProbe;
import fr.passerelles.match.MatchInput;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.match.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The items an origin's own sheet states in other words, read by the evidence judge of matching
 * ({@link EvidenceProbe}, docs/quality.md "Evidence"): each of the origin's competences, activities
 * and definition sentences is a line of a text, read as a CV is (action phrases, action nouns
 * conflated with their verbs), and an index item is stated when the judge gives some span at least
 * {@link #STATES}. Such an item is no key gap ({@link KeyGaps}): the person already does it
 * ("Savoir utiliser les outils bureautiques et logiciels spécifiques de son poste de travail" for a
 * chargé d'assistance whose sheet says "Savoir utiliser les outils spécifiques"). Every métier's
 * reading is made once per index generation by {@code bin/passerelles index} ({@link #readAll}) and
 * stored there ({@link StoredReadings}); an engine opened on it takes them from there ({@link
 * #load}) and no request reads one. Any other origin (a person's added competences, a generation
 * without the file: tests, a server that built its own index) is read on first use, once per
 * request, and kept up to {@link #MAX_CACHED} origins; a served engine reads the origins its
 * generation lacked in the background and stores them ({@link #readMissing}, {@link
 * StatedItemsBackground}), one reading per origin whether a request or the background asks first.
 * A reading is the stated ids and the lines that state them: a person's denied competences then
 * only take their lines out. Thread-safe.
 */
final class StatedItems {
  /**
   * The lowest judge probability that counts as stated, chosen on the dev split (docs/mobility.md
   * § 4): no graded item lies in [0.2, 0.3); above, 3 `held`, 1 `vague`, 2 `need`; below, `need`
   * only. Lower than the judge's own threshold (0.492), which a CV line must reach to be shown as
   * evidence: here a partial statement is enough to say the item is not new to the person.
   */
  static final double STATES = 0.25;
  /**
   * Origins kept: every métier's sheets (1,633 profiles, read at open) and the few a person's added
   * competences make; past it, read each time, never stored.
   */
  static final int MAX_CACHED = 4_096;
  /**
   * Stored readings compared with the judge's own at open (evenly spread): the stamp names the
   * judge's model and threshold, not the code of the NLP step or of the probe, which a change may
   * alter. About a second on a cold JVM, most of it the judge's first run.
   */
  static final int SPOT_CHECKS = 2;
  private static final Logger LOG = LoggerFactory.getLogger(StatedItems.class);

  private final Function<String, MatchInput> understand;
  private final EvidenceProbe probe;
  private final EvidenceModel model;
  private final Map<String, List<ItemRecord>> itemsBySheet = new HashMap<>();
  /** Every item id the judge can state, numbered (the index's items, by id); readings hold numbers. */
  private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
  private final Map<Integer, String> ids = new ConcurrentHashMap<>();
  /** Readings by what is read; the engine's own origins' fixed at open, others added up to {@link #MAX_CACHED}. */
  private final Map<Key, Reading> cache = new ConcurrentHashMap<>();
  /** Each origin's reading by instance: its lines are not even rebuilt. */
  private final OriginMemo<Reading> byOrigin = new OriginMemo<>(origin -> reading(lines(origin), () -> {}));
  /** The origins whose reading the store gave at open (or read then): what the background need not read. */
  private volatile Set<Key> loaded = Set.of();
  /**
   * Readings being made, by what is read: a request and the background reading ({@link #readMissing})
   * that want the same origin at once make one reading, the later one waits for it.
   */
  private final Map<Key, java.util.concurrent.CompletableFuture<Reading>> underWay = new ConcurrentHashMap<>();

  /**
   * An origin as the judge reads it: its sheets, and the competences a person adds that they do not
   * list (ids, sorted).
   */
  record Key(List<String> sources, List<String> added) {}

  /**
   * One reading of an origin's lines.
   *
   * @param owners for each line, the ids of the items with that text
   * @param stating for each stated item id, the lines that state it
   */
  private record Reading(List<Set<String>> owners, Stating stating) {
    boolean states(int item, Set<String> denied) {
      int at = java.util.Arrays.binarySearch(stating.items(), item);
      if (at < 0) {
        return false;
      }
      for (int i = stating.starts()[at]; i < stating.starts()[at + 1]; i++) {
        if (denied.isEmpty() || owners.get(stating.lines()[i]).stream().noneMatch(denied::contains)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The stated items of one reading, in arrays (the 1,633 origins' readings state about a million
   * items, as maps some 40 MB of heap): item {@code items[i]} (a number of {@link #number}, ascending)
   * is stated by lines {@code lines[starts[i]] … lines[starts[i + 1] - 1]}.
   */
  record Stating(int[] items, int[] starts, int[] lines) {
    static final Stating NONE = new Stating(new int[0], new int[1], new int[0]);

    /** The same, its items put in ascending order (each with its lines). */
    static Stating sorted(int[] items, int[] starts, int[] lines) {
      Integer[] order = new Integer[items.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> items[i]));
      int[] sortedItems = new int[items.length];
      int[] sortedStarts = new int[items.length + 1];
      int[] sortedLines = new int[lines.length];
      for (int k = 0; k < order.length; k++) {
        int i = order[k];
        sortedItems[k] = items[i];
        int n = starts[i + 1] - starts[i];
        System.arraycopy(lines, starts[i], sortedLines, sortedStarts[k], n);
        sortedStarts[k + 1] = sortedStarts[k] + n;
      }
      return new Stating(sortedItems, sortedStarts, sortedLines);
    }

    boolean same(Stating o) {
      return java.util.Arrays.equals(items, o.items) && java.util.Arrays.equals(starts, o.starts)
          && java.util.Arrays.equals(lines, o.lines);
    }
  }

  /**
   * An origin's lines, as the judge reads them.
   *
   * @param texts the distinct item texts, in sheet order, then the added competences'
   * @param owners for each line, the ids of the items with that text
   * @param digest of the text the judge reads (the lines joined): a stored reading of other lines is not this one
   */
  private record Lines(Key key, List<String> texts, List<Set<String>> owners, long digest) {}

  /**
   * @param understand the NLP step: a text cut into segments, action phrases and action nouns
   * @param queryAnalyzer the chain the evidence step reads spans with
   */
  StatedItems(Function<String, MatchInput> understand, SearchIndexes indexes, Analyzer queryAnalyzer) {
    this.understand = understand;
    this.model = EvidenceModel.load();
    this.probe = new EvidenceProbe(indexes, queryAnalyzer, model);
    for (ItemType type : ItemType.values()) {
      for (ItemRecord item : indexes.allItems(type)) {
        for (String sheet : item.sheets()) {
          itemsBySheet.computeIfAbsent(sheet, k -> new ArrayList<>()).add(item);
        }
      }
      indexes.allItems(type).stream().map(ItemRecord::id).sorted().forEach(this::number);
    }
  }

  /** An item id's number, given on first sight (every index item is numbered when this opens). */
  private int number(String id) {
    Integer n = numbers.get(id);
    if (n != null) {
      return n;
    }
    synchronized (numbers) {
      return numbers.computeIfAbsent(id, k -> {
        ids.put(numbers.size(), k);
        return numbers.size();
      });
    }
  }

  /**
   * Which items the origin's own items state: the origin's reading looked up once, then asked for
   * each item (a passerelles answer asks for every missing item of every target).
   *
   * @param denied competence ids a person says they do not master: their lines state nothing
   */
  java.util.function.Predicate<String> of(MetierProfile origin, Set<String> denied) {
    Reading reading = byOrigin.get(origin);
    return id -> {
      Integer item = numbers.get(id);
      return item != null && reading.states(item, denied);
    };
  }

  /**
   * Each of these origins given its reading from {@code store}, when it holds this judge's reading of
   * the same lines: the instance keeps it and no request reads it. An origin the store lacks is
   * read on first use, as any other. Called once, when the engine opens.
   *
   * @param store the file of stored readings (in the index generation's folder), null: none
   * @return how many of the origins the store lacks
   */
  int load(Collection<MetierProfile> origins, Path store) {
    return open(origins, store, false);
  }

  /**
   * The same, the origins the store lacks read by the judge now (on every core) and the store
   * written again ({@code bin/passerelles index}): an engine opened later reads no origin.
   *
   * @return how many origins the judge read
   */
  int readAll(Collection<MetierProfile> origins, Path store) {
    return open(origins, store, true);
  }

  /** The distinct lines to read (origins that read alike share one), and each origin's key. */
  private record Wanted(Map<Key, Lines> lines, Map<MetierProfile, Key> keys) {}

  private Wanted wanted(Collection<MetierProfile> origins) {
    Map<Key, Lines> lines = new LinkedHashMap<>();
    Map<MetierProfile, Key> keys = new IdentityHashMap<>();
    for (MetierProfile origin : origins) {
      Lines l = lines(origin);
      lines.putIfAbsent(l.key(), l);
      keys.put(origin, l.key());
    }
    return new Wanted(lines, keys);
  }

  private int open(Collection<MetierProfile> origins, Path store, boolean readMissing) {
    long start = System.nanoTime();
    Wanted w = wanted(origins);
    Map<Key, Lines> wanted = w.lines();
    Map<MetierProfile, Key> keys = w.keys();
    String stamp = stamp();
    Map<Key, StoredReadings.Entry> stored = store == null ? Map.of() : StoredReadings.read(store, stamp, this::number);
    Map<Key, Reading> readings = new ConcurrentHashMap<>();
    List<Lines> toRead = new ArrayList<>();
    for (Lines lines : wanted.values()) {
      StoredReadings.Entry e = stored.get(lines.key());
      if (e != null && e.digest() == lines.digest()) {
        readings.put(lines.key(), new Reading(lines.owners(), e.stating()));
      } else {
        toRead.add(lines);
      }
    }
    if (!readings.isEmpty() && stale(readings, wanted)) {
      readings.clear(); // the judge reads otherwise now: every stored reading is suspect
      toRead = new ArrayList<>(wanted.values());
    }
    if (readMissing && !toRead.isEmpty()) {
      toRead.parallelStream().forEach(lines -> readings.put(lines.key(), read(lines)));
      if (store != null) {
        write(store, stamp, wanted.values(), readings);
      }
    }
    cache.putAll(readings);
    loaded = Set.copyOf(readings.keySet());
    Map<MetierProfile, Reading> fixed = new IdentityHashMap<>();
    keys.forEach((origin, key) -> {
      Reading r = readings.get(key);
      if (r != null) {
        fixed.put(origin, r);
      }
    });
    byOrigin.fix(fixed);
    LOG.info("Stated items of {} origins: {} from {}, {} read by the judge{}, in {} ms", wanted.size(),
        wanted.size() - toRead.size(), store, readMissing ? toRead.size() : 0,
        readMissing || toRead.isEmpty() ? "" : " (" + toRead.size() + " on first use)", millis(start));
    return toRead.size();
  }

  /** The file this engine's readings are stored in, in an index generation's folder. */
  static Path storeIn(Path generation) {
    return generation == null ? null : generation.resolve(StoredReadings.FILE);
  }

  /**
   * Whether a few stored readings differ from the judge's reading of them now: the stamp names the
   * judge's model and threshold, not the NLP step or the probe's code, which a change may alter.
   */
  private boolean stale(Map<Key, Reading> readings, Map<Key, Lines> wanted) {
    List<Lines> all = new ArrayList<>(wanted.values());
    for (int k = 0; k < Math.min(SPOT_CHECKS, all.size()); k++) {
      int i = (int) ((long) k * all.size() / SPOT_CHECKS);
      Reading known = readings.get(all.get(i).key());
      if (known != null && !known.stating().same(read(all.get(i)).stating())) {
        LOG.warn("Stored stated items differ from the judge's reading of {}: none used", all.get(i).key());
        return true;
      }
    }
    return false;
  }

  private void write(Path store, String stamp, Collection<Lines> wanted, Map<Key, Reading> readings) {
    try {
      StoredReadings.write(store, stamp, wanted.stream()
          .map(l -> new StoredReadings.Entry(l.key(), l.digest(), readings.get(l.key()).stating())).toList(), ids::get);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Cannot store stated items in {} ({}): read again at the next open", store, e.toString());
    }
  }

  /** The first 64 bits of the text's SHA-256. */
  private static long digest(String text) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(h).getLong();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** What a stored reading must have been made with: the format, the threshold and the judge's model. */
  private String stamp() {
    return "format " + StoredReadings.FORMAT + "; states " + STATES + "; model "
        + Long.toHexString(digest(model.features() + " " + model.intercept() + " " + java.util.Arrays.toString(model.weights())));
  }

  /**
   * The reading of these lines: kept, being made by another thread (waited for), else made now.
   *
   * @param onRead called when this call made the reading
   */
  private Reading reading(Lines lines, Runnable onRead) {
    Reading known = cache.get(lines.key());
    if (known != null) {
      return known;
    }
    var mine = new java.util.concurrent.CompletableFuture<Reading>();
    var running = underWay.putIfAbsent(lines.key(), mine);
    if (running != null) {
      return running.join();
    }
    try {
      Reading read = cache.get(lines.key()); // kept between the first look and the claim
      if (read == null) {
        read = read(lines);
        onRead.run();
        if (cache.size() < MAX_CACHED) {
          cache.putIfAbsent(lines.key(), read);
        }
      }
      mine.complete(read);
      return read;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      underWay.remove(lines.key(), mine);
    }
  }

  /**
   * The engine's origins read in the background (the served engine, {@link StatedItemsBackground}):
   * each origin no reading is kept for read on this thread, one at a time, as a request would read
   * it (one reading per origin, whoever asks first); then all kept for good and the store written
   * again, unless {@code stop} says so meanwhile.
   *
   * @return what was read and by whom; null when stopped before the end
   */
  Filled readMissing(Collection<MetierProfile> origins, java.util.function.BooleanSupplier stop) {
    Wanted w = wanted(origins);
    Map<Key, Lines> wanted = w.lines();
    Map<MetierProfile, Key> keys = w.keys();
    Map<Key, Reading> readings = new HashMap<>();
    java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
    int lacked = 0;
    for (Lines lines : wanted.values()) {
      if (stop.getAsBoolean()) {
        return null;
      }
      if (!loaded.contains(lines.key())) {
        lacked++;
      }
      readings.put(lines.key(), reading(lines, read::incrementAndGet));
    }
    Map<MetierProfile, Reading> fixed = new IdentityHashMap<>();
    keys.forEach((origin, key) -> fixed.put(origin, readings.get(key)));
    return new Filled(List.copyOf(wanted.values()), readings, fixed, read.get(), lacked - read.get());
  }

  /**
   * What {@link #readMissing} read: every origin's reading.
   *
   * @param read how many origins this thread read
   * @param byRequests how many the store lacked that requests read meanwhile
   */
  record Filled(List<Lines> lines, Map<Key, Reading> readings, Map<MetierProfile, Reading> byOrigin, int read,
      int byRequests) {}

  /** Keeps these readings for good (lookups by instance) and writes them all to {@code store}. */
  void keep(Filled filled, Path store) {
    cache.putAll(filled.readings());
    byOrigin.fixMore(filled.byOrigin());
    if (store != null) {
      write(store, stamp(), filled.lines(), filled.readings());
    }
  }

  private Lines lines(MetierProfile origin) {
    Map<String, Set<String>> lines = new LinkedHashMap<>(); // text -> ids, in sheet order
    Set<String> listed = new java.util.HashSet<>();
    for (String sheet : origin.sources()) {
      for (ItemRecord item : itemsBySheet.getOrDefault(sheet, List.of())) {
        lines.computeIfAbsent(item.text(), k -> new TreeSet<>()).add(item.id());
        listed.add(item.id());
      }
    }
    List<String> added = new ArrayList<>();
    for (ProfileCompetence c : origin.competences()) { // every métier's competences are its sheets' items
      if (listed.add(c.id())) {
        added.add(c.id());
        lines.computeIfAbsent(c.text(), k -> new TreeSet<>()).add(c.id());
      }
    }
    List<String> texts = List.copyOf(lines.keySet());
    return new Lines(new Key(origin.sources(), added.stream().sorted().toList()), texts,
        lines.values().stream().map(Set::copyOf).toList(), digest(String.join("\n", texts)));
  }

  private Reading read(Lines lines) {
    List<String> texts = lines.texts();
    List<Set<String>> owners = lines.owners();
    if (texts.isEmpty()) {
      return new Reading(owners, Stating.NONE);
    }
    String text = String.join("\n", texts);
    int[] starts = new int[texts.size()];
    for (int i = 1; i < starts.length; i++) {
      starts[i] = starts[i - 1] + texts.get(i - 1).length() + 1;
    }
    java.util.SortedMap<Integer, Set<Integer>> stating = new java.util.TreeMap<>();
    try {
      for (EvidenceProbe.Pair pair : probe.pairs(input(text, texts, starts))) {
        if (pair.probability() >= STATES) {
          stating.computeIfAbsent(number(pair.itemId()), k -> new TreeSet<>()).add(line(starts, pair.span().start()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] items = new int[stating.size()];
    int[] at = new int[items.length + 1];
    int[] by = new int[stating.values().stream().mapToInt(Set::size).sum()];
    int i = 0;
    for (Map.Entry<Integer, Set<Integer>> e : stating.entrySet()) {
      items[i] = e.getKey();
      at[i + 1] = at[i];
      for (int line : e.getValue()) {
        by[at[i + 1]++] = line;
      }
      i++;
    }
    return new Reading(owners, new Stating(items, at, by));
  }

  /** The line a span starts in. */
  private static int line(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** The lines read by the NLP step; each line a segment when it does not take them for French. */
  private MatchInput input(String text, List<String> texts, int[] starts) {
    try {
      return understand.apply(text);
    } catch (NotFrenchException e) {
      List<TextSpan> segments = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        segments.add(new TextSpan(starts[i], starts[i] + texts.get(i).length(), texts.get(i)));
      }
      return new MatchInput(text, segments, List.of());
    }
  }
}
