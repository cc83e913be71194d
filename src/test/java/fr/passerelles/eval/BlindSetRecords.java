package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** What every blind real-style set's records must be: unique ids of its pattern, the kind its id says, a label in valid codes. */
final class BlindSetRecords {
  private BlindSetRecords() {}

  /**
   * @param idPattern the ids' regular expression
   * @param kindOf the kind a record's id gives it
   * @param branchPattern the branch codes' regular expression
   */
  static void check(EvalSet set, String idPattern, Function<String, String> kindOf, String branchPattern) {
    Set<String> ids = new HashSet<>();
    for (EvalQuery q : set.queries()) {
      assertTrue(ids.add(q.id()), "duplicate id " + q.id());
      assertTrue(q.id().matches(idPattern), q.id());
      assertEquals(kindOf.apply(q.id()), q.kind(), q.id() + " kind " + q.kind());
      assertFalse(q.branch().isEmpty() && q.rome().isEmpty(), q.id() + " has no label");
      q.rome().forEach(c -> assertTrue(c.matches("[A-N]\\d{4}"), q.id() + " ROME code " + c));
      q.branch().forEach(c -> assertTrue(c.matches(branchPattern), q.id() + " branch code " + c));
    }
  }

  static long count(EvalSet set, String idPrefix) {
    return set.queries().stream().filter(q -> q.id().startsWith(idPrefix)).count();
  }
}
