package fr.passerelles.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code index/} folder: generations ({@code gen-<millis>/}) and a {@code CURRENT} pointer file.
 * A rebuild writes a new generation completely, then swaps the pointer with an atomic rename, so a
 * reader never sees a half-built index and a crash mid-build leaves the previous one in place.
 */
public final class IndexStore {
  private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);
  static final String CURRENT = "CURRENT";
  private static final String GENERATION_PREFIX = "gen-";

  private final Path root;

  public IndexStore(Path root) {
    this.root = root;
  }

  /** The generation {@code CURRENT} points to, if any. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    Path gen = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
    return Files.isDirectory(gen) ? Optional.of(gen) : Optional.empty();
  }

  /**
   * Opens the current generation if it was built from {@code source}; otherwise builds a new one
   * from {@code sheets} (only then computed), swaps it in and removes older generations.
   */
  public SearchIndexes openOrBuild(
      IndexManifest.Source source, Supplier<List<SearchableSheet>> sheets, Analyzer analyzer)
      throws IOException {
    Optional<Path> current = current();
    if (current.isPresent()) {
      try {
        IndexManifest manifest = IndexManifest.read(current.get());
        if (manifest.source().equals(source)) {
          LOG.info("Opening index {} ({})", current.get().getFileName(), manifest.counts());
          return SearchIndexes.open(current.get());
        }
        LOG.info("Index {} was built from other inputs: rebuilding", current.get().getFileName());
      } catch (IOException e) {
        LOG.warn("Index {} is unreadable ({}): rebuilding", current.get().getFileName(), e.toString());
      }
    }
    return SearchIndexes.open(build(source, sheets.get(), analyzer));
  }

  /** Builds a new generation and makes it current; returns its folder. */
  public Path build(IndexManifest.Source source, List<SearchableSheet> sheets, Analyzer analyzer)
      throws IOException {
    Files.createDirectories(root);
    long start = System.nanoTime();
    // replicas in containers are all pid 1: a random part keeps two builds of one millisecond apart
    Path gen = Files.createDirectory(root.resolve(GENERATION_PREFIX + System.currentTimeMillis() + "-"
        + ProcessHandle.current().pid() + "-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0xffffffL)));
    var counts = new IndexBuilder(analyzer).build(sheets, gen);
    long millis = (System.nanoTime() - start) / 1_000_000;
    new IndexManifest(source, counts, millis, java.time.Instant.now().toString()).write(gen);
    swap(gen);
    LOG.info("Built index {} in {} ms ({})", gen.getFileName(), millis, counts);
    deleteOlderThan(gen);
    return gen;
  }

  private void swap(Path gen) throws IOException {
    Path tmp = Files.createTempFile(root, CURRENT + ".", ".tmp"); // a name of its own, whatever the pid
    Files.writeString(tmp, gen.getFileName().toString(), StandardCharsets.UTF_8);
    try {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes generations other than {@code keep}; a generation still open elsewhere is skipped. */
  private void deleteOlderThan(Path keep) {
    try (Stream<Path> gens = Files.list(root)) {
      for (Path g : gens.filter(p -> p.getFileName().toString().startsWith(GENERATION_PREFIX) && !p.equals(keep)).toList()) {
        deleteTree(g);
      }
    } catch (IOException e) {
      LOG.warn("Could not clean old index generations: {}", e.toString());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}", dir, e.toString());
    }
  }
}
