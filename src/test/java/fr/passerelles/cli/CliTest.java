package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.corpus.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(List.of(args), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String romeFlag() {
    Path rome = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    return Files.isDirectory(rome) ? rome.toString() : "none";
  }

  @Test
  void corpus_check_prints_branch_counts_and_rome_counts() {
    List<String> args = new ArrayList<>(List.of("corpus", "check", "--corpus", TestCorpus.dir().toString(), "--rome", romeFlag()));
    int status = run(args.toArray(String[]::new));
    assertEquals(0, status, err.toString() + out);
    String printed = out.toString();
    assertTrue(printed.matches("(?s).*métiers 2009\\s+39\\n.*"), printed);
    assertTrue(printed.matches("(?s).*métiers 2024\\s+58\\n.*"), printed);
    assertTrue(printed.endsWith("corpus OK\n"), printed);
    if (!romeFlag().equals("none")) {
      assertTrue(printed.matches("(?s).*ROME release .*\\n\\s+sheets\\s+1584\\n.*"), printed);
    }
  }

  @Test
  void unknown_command_prints_usage_and_exits_2() {
    assertEquals(2, run("frobnicate", "--corpus", TestCorpus.dir().toString()));
    assertTrue(err.toString().contains("unknown command: frobnicate"));
    assertTrue(err.toString().contains("usage:"));
  }

  @Test
  void missing_rome_folder_is_a_clear_error() {
    assertEquals(1, run("corpus", "check", "--corpus", TestCorpus.dir().toString(), "--rome", "/nonexistent/rome"));
    assertTrue(err.toString().contains("ROME release folder not found"), err.toString());
  }
}
