package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second blind set, in third parties' own words: its records as its README describes them. */
class RealStyle2SetTest {
  private static final EvalSet SET = EvalSet.load(Path.of("src/test/resources/eval/real-style-2.jsonl"));

  @Test
  void sixty_ads_descriptions_and_cvs_each_labelled() {
    assertEquals(60, SET.queries().size());
    BlindSetRecords.check(SET, "rs2-[acv]\\d{2}", id -> id.startsWith("rs2-v") ? "cv" : "ad", "0[1-9]0\\d(-\\d{2})?");
    assertEquals(List.of(25L, 15L, 20L), List.of(count("rs2-a"), count("rs2-c"), count("rs2-v")));
  }

  @Test
  void the_halves_are_those_the_readme_and_docs_report() {
    assertEquals(34, SET.only(SkillQuerySet.Split.DEV).queries().size());
    assertEquals(26, SET.only(SkillQuerySet.Split.TEST).queries().size());
  }

  private static long count(String prefix) {
    return BlindSetRecords.count(SET, prefix);
  }
}
