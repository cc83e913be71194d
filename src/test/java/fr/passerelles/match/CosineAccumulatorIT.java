package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.IndexFields;
import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The term-at-a-time accumulator against the definition it implements: the cosine of the
 * IDF-weighted term sets, computed item by item over the whole branch index.
 */
class CosineAccumulatorIT {
  @TempDir static Path indexDir;
  static Passerelles engine;

  /** CV lines and ad sentences in the users' words, not copied from the sheets. */
  static final List<String> LINES = List.of(
      "Je reçois les appels des assurés en panne à l'étranger et j'organise leur rapatriement",
      "Gestion des réclamations clients et suivi des dossiers d'assistance",
      "Contact avec les prestataires : dépanneurs, taxis, hôtels",
      "Je contacte les hôpitaux pour trouver des places en accord avec le médecin",
      "Maîtrise d'Excel, anglais courant",
      "rapatriement");

  /** Below the collector's threshold, so that many items take part. */
  private static final double MIN = 0.05;

  @BeforeAll
  static void open() {
    engine = Passerelles.open(new DataPaths(TestCorpus.dir(), Optional.empty(), indexDir));
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
    engine = null; // a closed engine still holds its profiles: let the fork reclaim them
  }

  @Test
  void finds_every_item_a_brute_force_cosine_finds_with_the_same_strength_and_order() {
    int compared = assertSameAsBruteForce(engine, LINES);
    assertTrue(compared > 40, "hits compared: " + compared);
  }

  /** Compares the accumulator with the brute force on every line and both item indexes; returns the hits compared. */
  static int assertSameAsBruteForce(Passerelles engine, List<String> lines) {
    SearchIndexes indexes = engine.indexes();
    int compared = 0;
    for (ItemType type : ItemType.values()) {
      CosineAccumulator accumulator = new CosineAccumulator(indexes.vectors(type));
      for (String line : lines) {
        AnalyzedSpan span = AnalyzedSpan.of(engine.analysis().queryAnalyzer(), IndexFields.TEXT, line,
            new TextSpan(0, line.length(), line));
        // 0.2 is the collector's threshold, which prunes the common words' lists the most
        for (double min : new double[] {MIN, EvidenceCollector.MIN_STRENGTH}) {
          List<CosineAccumulator.Hit> expected = bruteForce(indexes, type, span, min);
          CosineAccumulator.Hit[] all = accumulator.top(span, 10_000, min, item -> true);
          assertEquals(expected.size(), all.length, type + " " + line);
          for (int i = 0; i < all.length; i++) {
            assertEquals(expected.get(i).strength(), all[i].strength(), 1e-5, type + " " + line + " #" + i);
          }
          CosineAccumulator.Hit[] top = accumulator.top(span, 3, min, item -> true);
          assertEquals(Math.min(3, expected.size()), top.length);
          for (int i = 0; i < top.length; i++) {
            assertEquals(all[i].strength(), top[i].strength(), 1e-9);
          }
          compared += all.length;
        }
      }
    }
    return compared;
  }

  @Test
  void the_filter_removes_items_and_keeps_the_rest_in_order() {
    CosineAccumulator accumulator = new CosineAccumulator(engine.indexes().vectors(ItemType.ACTIVITY));
    String line = LINES.get(0);
    AnalyzedSpan span = AnalyzedSpan.of(engine.analysis().queryAnalyzer(), IndexFields.TEXT, line,
        new TextSpan(0, line.length(), line));
    CosineAccumulator.Hit[] all = accumulator.top(span, 100, MIN, item -> true);
    assertTrue(all.length >= 2, "hits: " + all.length);
    int best = all[0].item();
    CosineAccumulator.Hit[] rest = accumulator.top(span, 100, MIN, item -> item != best);
    assertEquals(List.of(all).subList(1, all.length), List.of(rest));
  }

  /** Cosine of IDF-weighted term sets, item by item, with the collector's matched-terms rule. */
  private static List<CosineAccumulator.Hit> bruteForce(SearchIndexes indexes, ItemType type, AnalyzedSpan span, double min) {
    double spanNorm = 0;
    for (String t : span.occurrences().keySet()) {
      spanNorm += Math.pow(indexes.idf(type, t), 2);
    }
    List<ItemRecord> items = indexes.allItems(type);
    List<CosineAccumulator.Hit> hits = new ArrayList<>();
    for (int doc = 0; doc < items.size(); doc++) {
      double shared = 0;
      double norm = 0;
      int matched = 0;
      for (String t : items.get(doc).terms()) {
        double w = Math.pow(indexes.idf(type, t), 2);
        norm += w;
        if (span.occurrences().containsKey(t)) {
          shared += w;
          matched++;
        }
      }
      double cosine = shared / Math.sqrt(norm * spanNorm);
      if (matched >= Math.min(2, items.get(doc).terms().size()) && matched > 0 && cosine >= min) {
        hits.add(new CosineAccumulator.Hit(doc, cosine));
      }
    }
    hits.sort(Comparator.comparingDouble(CosineAccumulator.Hit::strength).reversed());
    return hits;
  }
}
