package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void a_well_formed_incoming_id_is_kept() {
    assertEquals("gateway-7f3a.19:2", RequestIds.accept("gateway-7f3a.19:2"));
    assertEquals("0123456789abcdef0123456789abcdef", RequestIds.accept("0123456789abcdef0123456789abcdef"));
  }

  @Test
  void a_missing_short_long_or_unsafe_id_is_replaced_by_a_uuid() {
    for (String bad : new String[] {null, "", "short", "x".repeat(65), "id with spaces", "id\nforged", "é-accentué-1"}) {
      String id = RequestIds.accept(bad);
      assertNotEquals(bad, id);
      assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id);
    }
  }
}
