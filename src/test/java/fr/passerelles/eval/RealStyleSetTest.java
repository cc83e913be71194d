package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The blind real-style set: its records as its README describes them, and its two halves. */
class RealStyleSetTest {
  private static final EvalSet SET = EvalSet.load(Path.of("src/test/resources/eval/real-style.jsonl"));

  @Test
  void sixty_ads_and_cvs_each_labelled() {
    assertEquals(60, SET.queries().size());
    Set<String> ids = new HashSet<>();
    for (EvalQuery q : SET.queries()) {
      assertTrue(ids.add(q.id()), "duplicate id " + q.id());
      assertTrue(List.of("ad", "cv").contains(q.kind()), q.id() + " kind " + q.kind());
      assertFalse(q.branch().isEmpty() && q.rome().isEmpty(), q.id() + " has no label");
      q.rome().forEach(c -> assertTrue(c.matches("[A-N]\\d{4}"), q.id() + " ROME code " + c));
      q.branch().forEach(c -> assertTrue(c.matches("\\d{4}(-\\d{2})?"), q.id() + " branch code " + c));
    }
    assertEquals(20, SET.queries().stream().filter(q -> q.kind().equals("cv")).count());
  }

  @Test
  void the_halves_split_by_the_first_byte_of_the_ids_sha256() throws Exception {
    List<EvalQuery> dev = SET.only(SkillQuerySet.Split.DEV).queries();
    List<EvalQuery> test = SET.only(SkillQuerySet.Split.TEST).queries();
    assertEquals(SET.queries().size(), dev.size() + test.size());
    assertEquals(SET.queries(), SET.only(SkillQuerySet.Split.ALL).queries());
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (EvalQuery q : dev) {
      assertEquals(0, sha.digest(q.id().getBytes(StandardCharsets.UTF_8))[0] & 1, q.id());
    }
    for (EvalQuery q : test) {
      assertEquals(1, sha.digest(q.id().getBytes(StandardCharsets.UTF_8))[0] & 1, q.id());
    }
    assertEquals(31, dev.size()); // the count docs/quality.md reports
  }
}
