package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.config.DataPaths;
import fr.passerelles.config.UserData;
import fr.passerelles.corpus.TestCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone in a folder with nothing beside it (no ../shared), no {@code PASSERELLES_*} variable and
 * an empty user data folder: {@code corpus check} in its own JVM still reads the whole ROME release,
 * from the archive the repository carries.
 */
class CloneElsewhereIT {

  @Test
  void a_clone_without_shared_data_beside_it_reads_the_embedded_rome_release(@TempDir Path tmp) throws Exception {
    Path clone = tmp.resolve("elsewhere").resolve("passerelles");
    copyTree(TestCorpus.dir(), clone.resolve("corpus"));
    Files.createDirectories(clone.resolve(DataPaths.DEFAULT_ROME).getParent());
    Files.copy(DataPaths.DEFAULT_ROME, clone.resolve(DataPaths.DEFAULT_ROME));
    assertFalse(Files.exists(clone.resolve("../shared")), "nothing beside the clone");

    Path log = tmp.resolve("check.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "fr.passerelles.Main", "corpus", "check")
        .directory(clone.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("PASSERELLES_") || k.equals("XDG_DATA_HOME"));
    pb.environment().put(UserData.ENV_DATA, tmp.resolve("empty-data").toString());
    Process process = pb.start();
    try {
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "corpus check finished");
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), output);
      assertTrue(output.contains("ROME release data/rome/rome-4.0-v460.tar.xz (ROME 4.0 version 60 (25M09), files v460)"), output);
      assertTrue(output.matches("(?s).*\\n  sheets +1584\\n  appellations +13120\\n  competences +17810\\n.*"), output);
      assertTrue(output.contains("corpus OK"), output);
    } finally {
      process.destroyForcibly();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
