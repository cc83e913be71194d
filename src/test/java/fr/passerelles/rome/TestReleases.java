package fr.passerelles.rome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** The releases tests load: the real one from {@code -Drome.dir} when present, and the fixture. */
final class TestReleases {
  private static Optional<RomeRelease> real;
  private static RomeRelease fixture;

  private TestReleases() {}

  /** The folder named by {@code rome.dir} (set by the pom to ../shared/data/rome), if it exists. */
  static Optional<Path> realDir() {
    String dir = System.getProperty("rome.dir", "../shared/data/rome");
    Path p = Path.of(dir);
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }

  /** The real release, loaded once for all test classes. */
  static synchronized Optional<RomeRelease> real() {
    if (real == null) {
      real = realDir().map(RomeRelease::load);
    }
    return real;
  }

  private static Path fixtureDir;

  /**
   * The fixture in the official layout. Its files are stored with a {@code .fixture} suffix (so
   * they cannot be mistaken for a committed ROME export) and copied under their release names.
   */
  static synchronized Path fixtureDir() {
    if (fixtureDir == null) {
      try {
        fixtureDir = copyFixture(Files.createTempDirectory("rome-fixture"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return fixtureDir;
  }

  private static Path storedFixture() {
    URL url = TestReleases.class.getResource("/rome-fixture/version.txt");
    try {
      return Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static synchronized RomeRelease fixture() {
    if (fixture == null) {
      fixture = RomeRelease.load(fixtureDir());
    }
    return fixture;
  }

  /** A writable copy of the fixture, for tests that break or change a file. */
  static Path copyFixture(Path target) {
    try (Stream<Path> files = Files.list(storedFixture())) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        Files.copy(f, target.resolve(name.endsWith(".fixture") ? name.substring(0, name.length() - ".fixture".length()) : name));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
