package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.eval.BenchTask;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  @Test
  void tasks_are_read_by_their_names_in_any_case() {
    assertEquals(EnumSet.of(BenchTask.TITLE, BenchTask.MASKED), BenchCommand.tasks("title, MASKED"));
    assertEquals(EnumSet.of(BenchTask.NOISY_AD), BenchCommand.tasks("noisy_ad"));
  }

  @Test
  void an_unknown_task_is_a_usage_error_that_lists_the_tasks() {
    UsageException e = assertThrows(UsageException.class, () -> BenchCommand.tasks("title,appellation"));
    assertTrue(e.getMessage().contains("noisy_cv") && e.getMessage().contains("appellation"), e.getMessage());
  }

  @Test
  void the_mask_scope_is_read_by_its_name_and_an_unknown_one_is_refused() {
    assertEquals(fr.passerelles.eval.NameMask.Scope.TITLE, fr.passerelles.eval.NameMask.Scope.parse(" Title"));
    assertEquals(fr.passerelles.eval.NameMask.Scope.NAMES, fr.passerelles.eval.NameMask.Scope.parse("names"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> fr.passerelles.eval.NameMask.Scope.parse("appellations"));
    assertTrue(e.getMessage().contains("names or title"), e.getMessage());
  }
}
