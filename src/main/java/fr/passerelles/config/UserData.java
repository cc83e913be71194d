package fr.passerelles.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * The user's data folder: where {@code rome install} puts the ROME releases it installs
 * ({@code rome/v61/}, ...) and the {@code rome/CURRENT} file naming the one in use.
 *
 * <p>{@code PASSERELLES_DATA_DIR}, else {@code $XDG_DATA_HOME/passerelles}, else
 * {@code ~/.local/share/passerelles}. Nothing else is written there: the service stores no text.
 */
public record UserData(Path dir) {
  public static final String ENV_DATA = "PASSERELLES_DATA_DIR";
  static final String CURRENT = "CURRENT";

  public static UserData resolve(Map<String, String> env) {
    String explicit = env.get(ENV_DATA);
    if (explicit != null && !explicit.isBlank()) {
      return new UserData(Path.of(explicit.strip()));
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg.strip())
        : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share");
    return new UserData(base.resolve("passerelles"));
  }

  /** The folder holding the installed releases. */
  public Path romeRoot() {
    return dir.resolve("rome");
  }

  /** The installed release {@code rome/CURRENT} names, if it names a folder that exists. */
  public Optional<Path> installedRome() {
    Path pointer = romeRoot().resolve(CURRENT);
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path release = romeRoot().resolve(name);
      return !name.isEmpty() && !name.contains("/") && Files.isDirectory(release) ? Optional.of(release) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pointer, e);
    }
  }

  /** Makes {@code release} (a folder directly under {@link #romeRoot()}) the one in use, atomically. */
  public void makeCurrent(Path release) throws IOException {
    if (!release.toAbsolutePath().getParent().equals(romeRoot().toAbsolutePath())) {
      throw new IllegalArgumentException(release + " is not under " + romeRoot());
    }
    Path tmp = romeRoot().resolve(CURRENT + ".tmp-" + ProcessHandle.current().pid());
    Files.writeString(tmp, release.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try {
      Files.move(tmp, romeRoot().resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, romeRoot().resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
