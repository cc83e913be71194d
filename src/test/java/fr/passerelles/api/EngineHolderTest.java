package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** State changes without an engine; with a real one, EngineRoutesIT. */
class EngineHolderTest {

  @Test
  void a_starting_holder_has_no_engine() {
    EngineHolder holder = EngineHolder.starting();
    assertEquals(EngineHolder.State.STARTING, holder.state());
    assertTrue(holder.current().isEmpty());
  }

  @Test
  void a_failed_start_stays_failed_and_a_close_ends_it() {
    EngineHolder holder = EngineHolder.starting();
    holder.failed();
    assertEquals(EngineHolder.State.FAILED, holder.state());
    holder.close();
    assertEquals(EngineHolder.State.CLOSED, holder.state());
    holder.failed();
    assertEquals(EngineHolder.State.CLOSED, holder.state(), "no way back from closed");
  }

  @Test
  void of_refuses_a_missing_engine() {
    assertThrows(NullPointerException.class, () -> EngineHolder.of(null));
  }
}
