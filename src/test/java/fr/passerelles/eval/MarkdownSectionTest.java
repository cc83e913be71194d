package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownSectionTest {

  @Test
  void replaces_only_its_own_section_and_keeps_the_others() {
    String page = "# Quality\n\n## Matching\n\nmatch figures\n\n## Mobility\n\nold\n\n## Later\n\nkept\n";
    assertEquals("# Quality\n\n## Matching\n\nmatch figures\n\n## Mobility\n\nnew\n\n## Later\n\nkept\n",
        MarkdownSection.replace(page, "Mobility", "new\n"));
  }

  @Test
  void appends_the_section_when_absent() {
    assertEquals("# Quality\n\n## Matching\n\nx\n\n## Mobility\n\nnew\n",
        MarkdownSection.replace("# Quality\n\n## Matching\n\nx\n", "Mobility", "new"));
  }

  @Test
  void replaces_a_last_section_up_to_the_end() {
    assertEquals("# P\n\n## Passerelles\n\nnew\n", MarkdownSection.replace("# P\n\n## Passerelles\n\nold\nmore\n", "Passerelles", "new"));
  }
}
