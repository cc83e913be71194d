package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The judge's readings of origins stored in the index generation ({@link StoredReadings}) and taken
 * from there at open say what reading each origin on first use says: the same stated items, with
 * and without a person's denied competences, on the real engine (corpus, ROME release when present).
 */
class StatedItemsStoreTest {
  private static Passerelles engine;
  private static List<MetierProfile> origins;
  private static List<String> itemIds;

  @TempDir Path dir;

  @BeforeAll
  static void engine() {
    engine = TestEngine.get();
    Mobility m = engine.mobility();
    origins = new ArrayList<>();
    for (String id : List.of("0102", "0202", "0107", "D1408", "M1607")) {
      if (m.knows(id)) {
        origins.add(m.profile(id));
      }
    }
    MetierProfile chargé = m.profile("0102");
    if (!chargé.counterparts().isEmpty()) {
      origins.add(chargé.withCounterpartsHeld()); // what a move to a borrowed counterpart reads
    }
    itemIds = new ArrayList<>();
    for (ItemType type : ItemType.values()) {
      engine.indexes().allItems(type).stream().map(ItemRecord::id).forEach(itemIds::add);
    }
  }

  private static StatedItems fresh() {
    return new StatedItems(engine.textMatcher()::understand, engine.indexes(), engine.analysis().queryAnalyzer());
  }

  /** Every index item the origin's reading states, with these competences denied. */
  private static Set<String> stated(StatedItems s, MetierProfile origin, Set<String> denied) {
    Predicate<String> held = s.of(origin, denied);
    Set<String> out = new TreeSet<>();
    itemIds.stream().filter(held).forEach(out::add);
    return out;
  }

  @Test
  void stored_readings_state_what_a_first_use_reading_states() throws IOException {
    Path store = dir.resolve(StoredReadings.FILE);
    StatedItems writer = fresh();
    assertEquals(origins.size(), writer.readAll(origins, store), "every origin read by the judge: no file yet");
    assertTrue(Files.size(store) > 0);
    StatedItems opened = fresh();
    assertEquals(0, opened.load(origins, store), "every origin found in the file");
    StatedItems onFirstUse = fresh();
    Set<String> denied = Set.of("0102-C06", "0102-C01");
    for (MetierProfile o : origins) {
      Set<String> expected = stated(onFirstUse, o, Set.of());
      assertFalse(expected.isEmpty(), o.id() + " states something");
      assertEquals(expected, stated(opened, o, Set.of()), o.id());
      assertEquals(expected, stated(writer, o, Set.of()), o.id());
      assertEquals(stated(onFirstUse, o, denied), stated(opened, o, denied), o.id() + " with denied competences");
    }
    // 0102's "outils spécifiques" states 0105's office tools (docs/mobility.md § 4); denying 0102-C06 takes that out
    MetierProfile chargé = engine.mobility().profile("0102");
    assertTrue(stated(opened, chargé, Set.of()).contains("0105-C07"));
    assertFalse(stated(opened, chargé, denied).contains("0105-C07"));
  }

  @Test
  void a_file_of_another_stamp_or_cut_short_is_not_used() throws IOException {
    Path store = dir.resolve(StoredReadings.FILE);
    List<MetierProfile> two = origins.subList(0, 2);
    fresh().readAll(two, store);
    byte[] whole = Files.readAllBytes(store);
    Files.write(store, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertEquals(2, fresh().load(two, store), "a file cut short gives nothing");
    StatedItems rewriter = fresh();
    assertEquals(2, rewriter.readAll(two, store), "read again and written whole");
    assertEquals(0, fresh().load(two, store));
    assertTrue(StoredReadings.read(store, "another stamp", id -> 0).isEmpty(), "another judge's file is ignored");
  }

  @Test
  void an_origin_whose_lines_changed_is_read_again() {
    Path store = dir.resolve(StoredReadings.FILE);
    MetierProfile chargé = engine.mobility().profile("0102");
    fresh().readAll(List.of(chargé), store);
    // a person who adds a competence of another sheet: other lines, so another reading
    ProfileCompetence added = engine.mobility().profile("0202").competences().get(0);
    MetierProfile person = PersonalProfile.of(chargé, Set.of(), List.of(added));
    StatedItems opened = fresh();
    assertEquals(1, opened.load(List.of(chargé, person), store), "the person's origin is not in the file");
    assertEquals(stated(fresh(), person, Set.of()), stated(opened, person, Set.of()));
  }

  @Test
  void the_background_reads_what_no_request_read_then_stores_it() throws InterruptedException {
    Path store = dir.resolve(StoredReadings.FILE);
    StatedItems s = fresh();
    int lacking = s.load(origins, store);
    assertEquals(origins.size(), lacking, "no file: every origin lacks");
    Set<String> byRequest = stated(s, origins.get(0), Set.of()); // a request reads its origin first
    StatedItemsBackground background = new StatedItemsBackground(s, origins, store, () -> false);
    assertTrue(background.start());
    assertTrue(background.await(java.time.Duration.ofMinutes(5)));
    StatedItemsBackground.Outcome done = background.outcome();
    assertEquals(1, done.byRequests(), "the origin a request read is not read again");
    assertEquals(lacking - 1, done.read());
    assertEquals(0, fresh().load(origins, store), "stored: the next engine reads none");
    assertEquals(byRequest, stated(s, origins.get(0), Set.of()));
  }

  @Test
  void a_background_reading_stopped_with_its_engine_writes_nothing() throws Exception {
    Path store = dir.resolve(StoredReadings.FILE);
    StatedItems s = fresh();
    List<MetierProfile> all = engine.mobility().profiles();
    s.load(all, null);
    java.util.concurrent.atomic.AtomicBoolean busy = new java.util.concurrent.atomic.AtomicBoolean(true);
    StatedItemsBackground background = new StatedItemsBackground(s, all, store, busy::get);
    assertTrue(background.start());
    Thread.sleep(300);
    assertFalse(background.await(java.time.Duration.ofMillis(1)), "waits while requests are in flight");
    busy.set(false);
    background.stop(); // the engine closes long before 1,600 origins are read
    assertTrue(background.await(java.time.Duration.ofSeconds(1)), "stopped, not still reading");
    assertEquals(null, background.outcome());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(), files.toList(), "no store, no temporary file");
    }
    assertFalse(background.start(), "a stopped engine's reading does not start again");
  }
}
