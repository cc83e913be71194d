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

  static Path fixtureDir() {
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
    try (Stream<Path> files = Files.list(fixtureDir())) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName().toString()));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
