package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchOptions;
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
  static final String MATCH_MARKER = "<!-- match example: checked by ReadmeExampleTest -->\n```text\n";
  static final String MATCH_COMMAND = "$ bin/passerelles match --limit 3 --evidence 2 --type branch \"";

  @Test
  void the_readme_shows_the_current_passerelles_of_0102() throws IOException {
    assumeTrue(TestEngine.withRome(), "the README example is computed with the ROME release");
    StringWriter printed = new StringWriter();
    PasserellesCommand.print(TestEngine.mobility().passerelles("0102"), 2, false, new PrintWriter(printed, true));
    String readme = Files.readString(TestEngine.corpusDir().resolveSibling("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(MARKER) + MARKER.length();
    String shown = readme.substring(start, readme.indexOf("```", start));
    assertEquals(printed.toString(), shown, "update the README: bin/passerelles passerelles 0102 --missing 2");
  }

  @Test
  void the_readme_shows_the_current_output_of_its_match_example() throws IOException {
    assumeTrue(TestEngine.withRome(), "the README example is computed with the ROME release");
    String readme = Files.readString(TestEngine.corpusDir().resolveSibling("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(MATCH_MARKER) + MATCH_MARKER.length();
    String block = readme.substring(start, readme.indexOf("```", start));
    String command = block.substring(0, block.indexOf('\n'));
    assertTrue(command.startsWith(MATCH_COMMAND) && command.endsWith("\""), command);
    String text = command.substring(MATCH_COMMAND.length(), command.length() - 1);
    StringWriter printed = new StringWriter();
    MatchCommand.print(TestEngine.get().textMatcher().match(text, new MatchOptions(3, SheetType.BRANCH, null, 2)),
        new PrintWriter(printed, true));
    assertEquals(printed.toString(), block.substring(command.length() + 1),
        "update the README: run its bin/passerelles match example");
  }
}
