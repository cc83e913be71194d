package fr.passerelles.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the service reads its data: the branch corpus, an optional ROME release (a folder of
 * France Travail's official export, never copied into the project) and the index folder.
 *
 * <p>Resolution order for each: command-line flag, environment variable, default. The ROME release
 * defaults to {@code ../shared/data/rome} when that folder exists (the workplace's copy).
 */
public record DataPaths(Path corpusDir, Optional<Path> romeDir, Path indexDir) {
  public static final String ENV_CORPUS = "PASSERELLES_CORPUS_DIR";
  public static final String ENV_ROME = "PASSERELLES_ROME_DIR";
  public static final String ENV_INDEX = "PASSERELLES_INDEX_DIR";
  public static final Path DEFAULT_CORPUS = Path.of("corpus");
  public static final Path DEFAULT_ROME = Path.of("..", "shared", "data", "rome");
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
      romeDir.filter(d -> !Files.isDirectory(d)).ifPresent(d -> {
        throw new IllegalArgumentException("ROME release folder not found: " + d.toAbsolutePath());
      });
    } else {
      romeDir = Files.isDirectory(DEFAULT_ROME) ? Optional.of(DEFAULT_ROME) : Optional.empty();
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
