package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.nlp.NlpModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A served engine opened on a generation without stored stated items (the test engine's fresh
 * index, as a server that built its own) reads them in the background and stores them: an engine
 * opened afterwards on the same generation lacks none and states what the first one does.
 */
class StatedItemsBackgroundIT {
  @Test
  void the_background_reading_stores_what_the_generation_lacked() throws Exception {
    Passerelles first = TestEngine.get();
    Mobility m = first.mobility();
    Path store = StatedItems.storeIn(first.indexes().dir());
    assertFalse(Files.exists(store), "a fresh generation has no stored stated items");
    int lacking = m.statedItemsLacking();
    assertTrue(lacking > 1_000, "every origin lacked: " + lacking);

    assertTrue(m.storeStatedItemsInBackground());
    assertFalse(m.storeStatedItemsInBackground(), "started once");
    assertTrue(m.awaitStatedItems(Duration.ofMinutes(15)), "the background reading ends");
    StatedItemsBackground.Outcome done = m.statedItemsStored().orElseThrow();
    assertEquals(lacking, done.read() + done.byRequests(), "each lacking origin read once, by a request or the background");
    assertTrue(done.read() > 0);
    assertTrue(done.stored());
    assertTrue(Files.size(store) > 1_000_000, "every origin's reading stored: " + Files.size(store));
    try (var left = Files.list(store.getParent())) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }

    try (Passerelles second = Passerelles.open(new DataPaths(TestEngine.corpusDir(), TestEngine.romeDir(),
        first.indexes().dir().getParent()), AnalysisChain.defaultFor(TestEngine.corpusDir()), NlpModels.fromClasspath())) {
      assertEquals(first.indexes().dir(), second.indexes().dir(), "the same generation reopened");
      assertEquals(0, second.mobility().statedItemsLacking(), "the judge reads no origin for the second engine");
      assertFalse(second.mobility().storeStatedItemsInBackground(), "nothing to read in the background");
      List<String> items = new ArrayList<>();
      for (ItemType type : ItemType.values()) {
        first.indexes().allItems(type).stream().map(ItemRecord::id).forEach(items::add);
      }
      for (String id : List.of("0102", "D1408", "M1607")) {
        if (!m.knows(id)) {
          continue; // a ROME code without the release
        }
        Set<String> before = stated(m, m.profile(id), items);
        assertFalse(before.isEmpty(), id + " states something");
        assertEquals(before, stated(second.mobility(), second.mobility().profile(id), items), id);
      }
    }
  }

  private static Set<String> stated(Mobility m, MetierProfile origin, List<String> items) {
    Predicate<String> held = m.statedItems().of(origin, Set.of());
    Set<String> out = new TreeSet<>();
    items.stream().filter(held).forEach(out::add);
    return out;
  }
}
