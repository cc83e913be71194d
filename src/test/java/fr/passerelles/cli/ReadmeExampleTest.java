package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.mobility.TestEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's example output is what the command prints today. */
class ReadmeExampleTest {
  static final String MARKER = "<!-- passerelles 0102 --missing 2: checked by ReadmeExampleTest -->\n```text\n";

  @Test
  void the_readme_shows_the_current_passerelles_of_0102() throws IOException {
    assumeTrue(TestEngine.withRome(), "the README example is computed with the ROME release");
    StringWriter printed = new StringWriter();
    PasserellesCommand.print(TestEngine.mobility().passerelles("0102"), 2, new PrintWriter(printed, true));
    String readme = Files.readString(TestEngine.corpusDir().resolveSibling("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(MARKER) + MARKER.length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    assertEquals(printed.toString(), shown, "update the README: bin/passerelles passerelles 0102 --missing 2");
  }
}
