package fr.passerelles.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the service reads its data: the branch corpus, an optional ROME release and the index folder.
 *
 * <p>Resolution order for each: command-line flag, environment variable, default. The ROME release
 * ({@code romeDir}: a folder in France Travail's layout, or one archive of it) defaults to the
 * release {@code rome install} installed in the {@link UserData user data folder}, else to the
 * release the project carries, {@link #DEFAULT_ROME} (ROME 4.0 v60, the one it is tested with).
 */
public record DataPaths(Path corpusDir, Optional<Path> romeDir, Path indexDir) {
  public static final String ENV_CORPUS = "PASSERELLES_CORPUS_DIR";
  public static final String ENV_ROME = "PASSERELLES_ROME_DIR";
  public static final String ENV_INDEX = "PASSERELLES_INDEX_DIR";
  public static final Path DEFAULT_CORPUS = Path.of("corpus");
  /** The embedded release: France Travail's v460 export as one archive, with its SOURCE.md and SHA256SUMS. */
  public static final Path DEFAULT_ROME = Path.of("data", "rome", "rome-4.0-v460.tar.xz");
  public static final Path DEFAULT_INDEX = Path.of("index");
  /** Value of {@code --rome} that disables the ROME release. */
  public static final String NO_ROME = "none";

  /**
   * @param flags parsed command-line flags ({@code corpus}, {@code rome}, {@code index})
   * @param env the process environment
   */
  public static DataPaths resolve(Map<String, String> flags, Map<String, String> env) {
    Path corpus = pick(flags.get("corpus"), env.get(ENV_CORPUS)).map(Path::of).orElse(DEFAULT_CORPUS);
    Path index = pick(flags.get("index"), env.get(ENV_INDEX)).map(Path::of).orElse(DEFAULT_INDEX);
    Optional<String> rome = pick(flags.get("rome"), env.get(ENV_ROME));
    Optional<Path> romeDir;
    if (rome.isPresent()) {
      romeDir = rome.get().equals(NO_ROME) ? Optional.empty() : Optional.of(Path.of(rome.get()));
      romeDir.filter(d -> !Files.exists(d)).ifPresent(d -> {
        throw new IllegalArgumentException("ROME release folder not found: " + d.toAbsolutePath() + " (a folder or a .zip, .tar.xz archive)");
      });
    } else {
      romeDir = UserData.resolve(env).installedRome()
          .or(() -> Files.isRegularFile(DEFAULT_ROME) ? Optional.of(DEFAULT_ROME) : Optional.empty());
    }
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("corpus folder not found: " + corpus.toAbsolutePath());
    }
    return new DataPaths(corpus, romeDir, index);
  }

  private static Optional<String> pick(String flag, String env) {
    if (flag != null && !flag.isBlank()) {
      return Optional.of(flag);
    }
    return Optional.ofNullable(env).filter(s -> !s.isBlank());
  }
}
