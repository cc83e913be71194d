package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The third blind set, CVs and descriptions in the first person: its records as its README describes them. */
class RealStyle3SetTest {
  private static final EvalSet SET = EvalSet.load(Path.of("src/test/resources/eval/real-style-3.jsonl"));

  @Test
  void sixty_cvs_descriptions_and_ads_each_labelled() {
    assertEquals(60, SET.queries().size());
    Set<String> ids = new HashSet<>();
    for (EvalQuery q : SET.queries()) {
      assertTrue(ids.add(q.id()), "duplicate id " + q.id());
      assertTrue(q.id().matches("rs3-[adv]\\d{2}"), q.id());
      assertEquals(switch (q.id().charAt(4)) { case 'v' -> "cv"; case 'd' -> "description"; default -> "ad"; }, q.kind(), q.id());
      assertFalse(q.branch().isEmpty() && q.rome().isEmpty(), q.id() + " has no label");
      q.rome().forEach(c -> assertTrue(c.matches("[A-N]\\d{4}"), q.id() + " ROME code " + c));
      q.branch().forEach(c -> assertTrue(c.matches("0[1-9]0\\d(-\\d{2})?"), q.id() + " branch code " + c));
    }
    assertEquals(List.of(25L, 20L, 15L), List.of(count("rs3-v"), count("rs3-d"), count("rs3-a")));
  }

  @Test
  void the_halves_are_those_the_readme_and_docs_report() {
    assertEquals(30, SET.only(SkillQuerySet.Split.DEV).queries().size());
    assertEquals(30, SET.only(SkillQuerySet.Split.TEST).queries().size());
  }

  private static long count(String prefix) {
    return SET.queries().stream().filter(q -> q.id().startsWith(prefix)).count();
  }
}
