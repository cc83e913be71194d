package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seventh blind set, a whole test set: its records as its README describes them. */
class RealStyle7SetTest {
  private static final EvalSet SET = EvalSet.load(Path.of("src/test/resources/eval/real-style-7.jsonl"));

  @Test
  void thirty_six_ads_cvs_and_descriptions_each_labelled() {
    assertEquals(36, SET.queries().size());
    BlindSetRecords.check(SET, "rs7-[adv]\\d{2}",
        id -> switch (id.charAt(4)) { case 'v' -> "cv"; case 'd' -> "description"; default -> "ad"; },
        "0[1-9]0\\d(-\\d{2})?");
    assertEquals(List.of(12L, 12L, 12L), List.of(count("rs7-a"), count("rs7-v"), count("rs7-d")));
  }

  @Test
  void the_label_counts_are_those_the_readme_reports() {
    assertEquals(19, SET.queries().stream().filter(q -> !q.branch().isEmpty()).count());
    assertEquals(34, SET.queries().stream().filter(q -> !q.rome().isEmpty()).count());
  }

  private static long count(String prefix) {
    return BlindSetRecords.count(SET, prefix);
  }
}
