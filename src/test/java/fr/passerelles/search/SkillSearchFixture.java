package fr.passerelles.search;

import fr.passerelles.index.AnalysisChain;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.IndexManifest;
import fr.passerelles.index.IndexStore;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SearchableSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A skill search over a fixture of sheets, indexed in {@code dir} with the project's analysis chain
 * and the corpus's synonyms: what the skill search tests share. Close it after the class.
 */
record SkillSearchFixture(AnalysisChain chain, SearchIndexes indexes, SkillSearch search) implements AutoCloseable {

  static SkillSearchFixture open(Path dir, Supplier<List<SearchableSheet>> sheets) throws IOException {
    AnalysisChain chain = AnalysisChain.defaultFor(TestCorpus.dir());
    SearchIndexes indexes = new IndexStore(dir).openOrBuild(
        new IndexManifest.Source(1, "fixture", "none", chain.id()), sheets, chain.indexAnalyzer());
    return new SkillSearchFixture(chain, indexes, new SkillSearch(indexes, SkillSearch.synonymsOf(TestCorpus.dir())));
  }

  @Override
  public void close() throws IOException {
    indexes.close();
    chain.close();
  }
}
