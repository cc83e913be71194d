package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.index.SheetType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Values computed once per origin instance, never shared between two equal instances. */
class OriginMemoTest {
  private static MetierProfile profile(String id) {
    ProfileCompetence c = new ProfileCompetence(id + "-C01", "Gérer les appels téléphoniques", "savoir-faire", 1, null, 0,
        List.of("ger", "appel"), List.of(), null, false);
    return new MetierProfile(id, SheetType.BRANCH, id, "Chargé d'assistance", "01", "Assistance", null, null, null,
        List.of(id), List.of(), null, false, List.of(c), List.of());
  }

  @Test
  void a_fixed_origin_keeps_its_value_and_an_equal_instance_gets_its_own_once() {
    AtomicInteger computed = new AtomicInteger();
    OriginMemo<String> memo = new OriginMemo<>(p -> p.id() + "#" + computed.incrementAndGet());
    MetierProfile engines = profile("0102");
    memo.fix(Map.of(engines, "fixed"));
    assertEquals("fixed", memo.get(engines));
    MetierProfile person = profile("0102"); // equal, as a person's profile with nothing corrected is not
    assertEquals(engines, person);
    String first = memo.get(person);
    assertEquals("0102#1", first);
    for (int target = 0; target < 20; target++) {
      assertSame(first, memo.get(person), "one request's targets ask for the same instance");
    }
    assertEquals(1, computed.get());
    assertTrue(memo.fixed(engines));
    assertTrue(!memo.fixed(person));
  }

  @Test
  void remembers_only_the_last_origins_of_others() {
    AtomicInteger computed = new AtomicInteger();
    OriginMemo<Integer> memo = new OriginMemo<>(p -> computed.incrementAndGet());
    List<MetierProfile> people = new ArrayList<>();
    for (int i = 0; i <= OriginMemo.RECENT; i++) {
      people.add(profile("0102"));
      memo.get(people.get(i));
    }
    assertEquals(OriginMemo.RECENT + 1, computed.get());
    memo.get(people.get(OriginMemo.RECENT)); // the latest: remembered
    assertEquals(OriginMemo.RECENT + 1, computed.get());
    memo.get(people.get(0)); // the oldest: forgotten, computed again
    assertEquals(OriginMemo.RECENT + 2, computed.get());
  }
}
