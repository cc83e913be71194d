package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The third blind set, CVs and descriptions in the first person: its records as its README describes them. */
class RealStyle3SetTest {
  private static final EvalSet SET = EvalSet.load(Path.of("src/test/resources/eval/real-style-3.jsonl"));

  @Test
  void sixty_cvs_descriptions_and_ads_each_labelled() {
    assertEquals(60, SET.queries().size());
    BlindSetRecords.check(SET, "rs3-[adv]\\d{2}",
        id -> switch (id.charAt(4)) { case 'v' -> "cv"; case 'd' -> "description"; default -> "ad"; },
        "0[1-9]0\\d(-\\d{2})?");
    assertEquals(List.of(25L, 20L, 15L), List.of(count("rs3-v"), count("rs3-d"), count("rs3-a")));
  }

  @Test
  void the_halves_are_those_the_readme_and_docs_report() {
    assertEquals(30, SET.only(SkillQuerySet.Split.DEV).queries().size());
    assertEquals(30, SET.only(SkillQuerySet.Split.TEST).queries().size());
  }

  private static long count(String prefix) {
    return BlindSetRecords.count(SET, prefix);
  }
}
