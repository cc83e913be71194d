package fr.passerelles.cli;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.config.UserData;
import fr.passerelles.rome.ReleaseArchive;
import fr.passerelles.rome.ReleaseChecksums;
import fr.passerelles.rome.RomeImportException;
import fr.passerelles.rome.RomeRelease;
import fr.passerelles.rome.RomeVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code rome install SOURCE... [--to DIR] [--sha256 HEX] [--force] [--no-index]}: installs a ROME
 * release the user downloaded (France Travail's {@code RefRomeCsv.zip}, with {@code RefRomeJson.zip}
 * or the tree JSON when the CSV export lacks the competence tree; or a folder or {@code .tar.xz}).
 *
 * <p>Steps, each shown: unpack into a staging folder (zip CRC-32 / xz CRC-64 checked on the way,
 * progress per file), verify {@code SHA256SUMS} when the release has one and the archive's own
 * SHA-256 when {@code --sha256} gives it, load the whole release (every file cross-checked), check
 * its version (the number in {@code version.txt} matches the file names, and it is newer than the
 * release in use unless {@code --force}), move it in place, write its {@code SHA256SUMS}, make it
 * current, then rebuild the index once. Nothing is changed until every check passed.
 */
final class RomeInstallCommand {
  static final String USAGE = "usage: rome install RefRomeCsv.zip [RefRomeJson.zip|tree.json|DIR|release.tar.xz ...]"
      + " [--to DIR] [--sha256 HEX] [--force] [--no-index]";
  private static final Set<String> FLAGS = Set.of("to", "sha256", "force", "no-index", "corpus", "index", "rome");

  private RomeInstallCommand() {}

  static int run(Args args, DataPaths paths, Map<String, String> env, PrintWriter out) throws IOException {
    for (String flag : args.flags().keySet()) {
      if (!FLAGS.contains(flag)) {
        throw new UsageException("rome install: unknown option --" + flag + "\n" + USAGE);
      }
    }
    List<Path> sources = args.positionals().stream().skip(2).map(Path::of).toList();
    if (sources.isEmpty()) {
      throw new UsageException(USAGE);
    }
    for (Path s : sources) {
      if (!Files.exists(s)) {
        throw new IllegalArgumentException("not found: " + s.toAbsolutePath());
      }
    }
    checkArchiveDigest(sources, args.flags().get("sha256"), out);
    boolean force = args.flags().containsKey("force");
    UserData data = UserData.resolve(env);
    Optional<Path> to = Optional.ofNullable(args.flags().get("to")).map(Path::of);
    Path parent = to.map(p -> p.toAbsolutePath().getParent()).orElse(data.romeRoot());
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, ".staging-");
    try {
      for (Path source : sources) {
        out.println("unpacking " + source);
        ReleaseArchive.unpack(source, staging, u -> out.printf(Locale.ROOT, "  %3d files %7.1f MB  %s%n",
            u.files(), u.bytes() / 1e6, u.name()));
      }
      int checked = ReleaseChecksums.verify(staging);
      out.println(checked > 0 ? "checksums: " + checked + " files match " + ReleaseChecksums.FILE
          : "checksums: no " + ReleaseChecksums.FILE + " in the release (CRC of each archived file checked)");
      RomeRelease release = RomeRelease.load(staging);
      RomeVersion version = release.version();
      if (!version.fileSuffix().endsWith(version.number())) {
        throw new IllegalArgumentException("version.txt says version " + version.number()
            + " but the files are v" + version.fileSuffix() + ": a mixed release, not installed");
      }
      out.println("release: " + version.describe() + ", " + release.sheets().size() + " sheets");
      Optional<RomeVersion> inUse = paths.romeDir().map(p -> RomeRelease.load(p).version());
      inUse.ifPresent(v -> checkNewer(version, v, force));
      Path target = to.orElse(data.romeRoot().resolve("v" + version.number()));
      replace(staging, target, force);
      if (!Files.isRegularFile(target.resolve(ReleaseChecksums.FILE))) {
        ReleaseChecksums.write(target);
      }
      if (to.isPresent()) {
        out.println("installed in " + target + " (use --rome " + target + " or " + DataPaths.ENV_ROME + ")");
      } else {
        data.makeCurrent(target);
        out.println("installed in " + target + ", now the default release (" + data.romeRoot().resolve("CURRENT") + ")");
      }
      if (!args.flags().containsKey("no-index")) {
        rebuildIndex(new DataPaths(paths.corpusDir(), Optional.of(target), paths.indexDir()), out);
      }
      return 0;
    } finally {
      if (Files.exists(staging)) {
        deleteTree(staging);
      }
    }
  }

  /** France Travail publishes no checksum; a user who has one for the archive passes it here. */
  private static void checkArchiveDigest(List<Path> sources, String expected, PrintWriter out) {
    if (expected == null) {
      return;
    }
    if (sources.size() != 1 || !Files.isRegularFile(sources.get(0))) {
      throw new UsageException("--sha256 checks one archive file: give exactly one\n" + USAGE);
    }
    String actual = ReleaseChecksums.sha256(sources.get(0));
    if (!actual.equalsIgnoreCase(expected.strip())) {
      throw new IllegalArgumentException("SHA-256 of " + sources.get(0) + " is " + actual + ", expected " + expected.strip());
    }
    out.println("sha256: " + actual + " as expected");
  }

  private static void checkNewer(RomeVersion candidate, RomeVersion inUse, boolean force) {
    int cmp = Comparator.comparingInt((RomeVersion v) -> Integer.parseInt(v.number())).compare(candidate, inUse);
    if (cmp <= 0 && !force) {
      throw new IllegalArgumentException((cmp == 0 ? "version " + candidate.number() + " is the release in use"
          : "version " + candidate.number() + " is older than the release in use (" + inUse.number() + ")")
          + ": not installed (--force to install it anyway)");
    }
  }

  private static void replace(Path staging, Path target, boolean force) throws IOException {
    if (Files.exists(target)) {
      boolean empty;
      try (Stream<Path> s = Files.list(target)) {
        empty = s.findAny().isEmpty();
      }
      if (!empty && !force) {
        throw new IllegalArgumentException(target + " exists and is not empty (--force to replace it)");
      }
      deleteTree(target);
    }
    Files.move(staging, target);
  }

  private static void rebuildIndex(DataPaths paths, PrintWriter out) throws IOException {
    out.println("index: rebuilding " + paths.indexDir() + " with the new release");
    long start = System.nanoTime();
    try (Passerelles p = Passerelles.open(paths)) {
      out.printf(Locale.ROOT, "index: ready in %d ms, %s%n", (System.nanoTime() - start) / 1_000_000,
          p.indexes().manifest().counts());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
