package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.TestCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds real indexes from corpus/ (branch only: fast and independent of the ROME release). */
class IndexStoreIT {
  @TempDir Path dir;
  private final Corpus corpus = TestCorpus.load();
  private final List<SearchableSheet> sheets = Passerelles.searchableSheets(corpus, Optional.empty());

  private IndexManifest.Source source(AnalysisChain chain) {
    return Passerelles.source(corpus, Optional.empty(), chain);
  }

  @Test
  void builds_three_indexes_with_one_document_per_sheet_activity_and_competence() throws Exception {
    try (AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir());
        SearchIndexes idx = new IndexStore(dir).openOrBuild(source(chain), () -> sheets, chain.indexAnalyzer())) {
      // 39 métiers + the 10 specialist sub-sheets of 0104
      assertEquals(49, idx.sheets().getIndexReader().numDocs());
      long activities = corpus.sheets().stream().mapToLong(s -> s.activityTexts().count()).sum();
      long competences = corpus.sheets().stream().mapToLong(s -> s.competences().size()).sum();
      assertEquals(activities, idx.activities().getIndexReader().numDocs());
      assertEquals(competences, idx.competences().getIndexReader().numDocs());
      assertEquals(49, idx.manifest().counts().get("sheets"));
      // the chain folds gender marks and accents: no stray "e" or "trice" terms, "assistance" stemmed
      Terms titles = MultiTerms.getTerms(idx.sheets().getIndexReader(), IndexFields.TITLE);
      List<String> vocabulary = new java.util.ArrayList<>();
      var te = titles.iterator();
      for (var t = te.next(); t != null; t = te.next()) {
        vocabulary.add(t.utf8ToString());
      }
      assertFalse(vocabulary.contains("e"), vocabulary.toString());
      assertFalse(vocabulary.contains("trice"), vocabulary.toString());
      assertTrue(vocabulary.contains("asistanc"), vocabulary.toString());
    }
  }

  @Test
  void reopens_a_matching_index_and_rebuilds_when_its_inputs_change() throws Exception {
    IndexStore store = new IndexStore(dir);
    Path first;
    try (AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir());
        SearchIndexes idx = store.openOrBuild(source(chain), () -> sheets, chain.indexAnalyzer())) {
      first = idx.dir();
    }
    try (AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir());
        SearchIndexes idx = store.openOrBuild(source(chain), () -> { throw new AssertionError("must not rebuild"); }, chain.indexAnalyzer())) {
      assertEquals(first, idx.dir());
    }
    try (AnalysisChain stock = AnalysisChain.stock();
        SearchIndexes idx = store.openOrBuild(source(stock), () -> sheets, stock.indexAnalyzer())) {
      assertNotEquals(first, idx.dir());
      assertEquals(idx.dir(), store.current().orElseThrow());
      assertEquals("french-stock", idx.manifest().source().analysis());
    }
    assertFalse(Files.exists(first), "the previous generation is removed after the swap");
  }

  @Test
  void a_corrupt_pointer_leads_to_a_rebuild_not_a_crash() throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(IndexStore.CURRENT), "gen-does-not-exist");
    try (AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir());
        SearchIndexes idx = new IndexStore(dir).openOrBuild(source(chain), () -> sheets, chain.indexAnalyzer())) {
      assertEquals(49, idx.sheets().getIndexReader().numDocs());
    }
  }
}
