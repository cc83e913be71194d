package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.CorpusLoader;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.eval.BenchEngine;
import fr.passerelles.eval.BenchQueries;
import fr.passerelles.eval.RomeHoldout;
import fr.passerelles.nlp.InputAnalyzer;
import fr.passerelles.nlp.NlpModels;
import fr.passerelles.rome.RomeRelease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The latent model on the real ROME release: built from what the index holds (so a held-out text
 * is not in it), it brings a sheet near a text that shares none of its words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatentModelIT {
  @TempDir Path work;
  private RomeRelease rome;
  private Corpus corpus;
  private InputAnalyzer nlp;

  @BeforeAll
  void load() throws IOException {
    Path romeDir = Path.of(System.getProperty("rome.dir", "../shared/data/rome"));
    assumeTrue(Files.isDirectory(romeDir), "needs the ROME release");
    rome = RomeRelease.load(romeDir);
    corpus = CorpusLoader.load(TestCorpus.dir());
    nlp = new InputAnalyzer(NlpModels.fromClasspath());
  }

  @Test
  void a_held_out_definition_is_not_in_the_model_built_without_it() throws IOException {
    String code = "J1501";
    try (AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir());
        BenchEngine full = BenchEngine.build(corpus, rome, chain, nlp, work);
        BenchEngine heldOut = BenchEngine.build(corpus, new RomeHoldout(RomeHoldout.DEFAULT_FOLDS).withoutEveryText(rome),
            chain, nlp, work)) {
      String definition = BenchQueries.description(rome.sheet(code).orElseThrow());
      List<String> onlyInDefinitions = new ArrayList<>();
      for (String t : IndexBuilder.analyzedTerms(chain.indexAnalyzer(), IndexFields.DESCRIPTION, definition)) {
        if (full.indexes().latent().knows(t) && !heldOut.indexes().latent().knows(t)) {
          onlyInDefinitions.add(t);
        }
      }
      assertFalse(onlyInDefinitions.isEmpty(), "the definitions bring words of their own into the served model");
      IndexReader fullReader = full.indexes().sheets().getIndexReader();
      IndexReader reader = heldOut.indexes().sheets().getIndexReader();
      Map<String, Double> query = new HashMap<>();
      for (String t : onlyInDefinitions) {
        // the definitions brought the word to more sheets: without them it is in one at most, which relates nothing
        Term all = new Term(IndexFields.ALL, t);
        assertTrue(reader.docFreq(all) < 2 && fullReader.docFreq(all) >= 2, t);
        query.put(t, 1.0);
      }
      // what the index does not hold, the model does not know: those words alone are near no sheet
      assertTrue(Arrays.stream(heldOut.indexes().latent().similarities(query)).allMatch(s -> s == 0), onlyInDefinitions.toString());
      assertTrue(Arrays.stream(full.indexes().latent().similarities(query)).anyMatch(s -> s > 0));
    }
  }

  @Test
  void a_text_sharing_no_word_with_a_sheet_still_ranks_it_among_its_trade() throws IOException {
    // a welder's words that the Soudeur sheet (H2913) does not use; its ROME siblings do
    String text = "poste à souder, étain, tôles";
    try (AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir());
        BenchEngine engine = BenchEngine.build(corpus, new RomeHoldout(RomeHoldout.DEFAULT_FOLDS).withoutEveryText(rome),
            chain, nlp, work)) {
      SearchIndexes indexes = engine.indexes();
      int welder = IntStream.range(0, indexes.allSheets().size())
          .filter(d -> indexes.sheet(d).id().equals("H2913")).findFirst().orElseThrow();
      Map<String, Double> query = new HashMap<>();
      for (String t : IndexBuilder.analyzedTerms(chain.queryAnalyzer(), IndexFields.TEXT, text)) {
        query.merge(t, 1.0, Double::sum);
        // no shared word: a BM25 query over the sheet, whatever its fields, scores it 0
        assertEquals(0, indexes.sheets().count(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.ALL, t)), BooleanClause.Occur.MUST)
            .add(new TermQuery(new Term(IndexFields.ID, "H2913")), BooleanClause.Occur.FILTER)
            .build()), t + " is not a word of H2913");
      }
      assertEquals(4, query.size(), query.toString());
      double[] sims = indexes.latent().similarities(query);
      List<Integer> rome = IntStream.range(0, sims.length).filter(d -> indexes.sheet(d).type() == SheetType.ROME)
          .boxed().sorted(Comparator.comparingDouble((Integer d) -> -sims[d])).toList();
      assertTrue(rome.indexOf(welder) < 5, "H2913 at rank " + (rome.indexOf(welder) + 1) + " of " + rome.size());
      // the sheets nearer are welders too (H2913's siblings in the metalwork domain)
      for (int d : rome.subList(0, 3)) {
        assertTrue(indexes.sheet(d).id().startsWith("H29"), indexes.sheet(d).id() + " " + indexes.sheet(d).title());
      }
    }
  }
}
