package fr.passerelles.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.analysis.PasserellesAnalyzer;
import fr.passerelles.eval.EvalSet;
import fr.passerelles.index.AnalysisChain;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvalCommandTest {
  private static final String DIR = "src/test/resources/eval/";
  private static final String BLIND = DIR + "real-style.jsonl," + DIR + "real-style-2.jsonl," + DIR + "real-style-3.jsonl";

  @Test
  void pools_the_dev_halves_of_the_three_blind_sets() {
    EvalSet pooled = EvalCommand.querySet(BLIND, "dev");
    int apart = 0;
    for (String f : BLIND.split(",")) {
      apart += EvalCommand.querySet(f, "dev").queries().size();
    }
    assertEquals(apart, pooled.queries().size());
    assertEquals(95, pooled.queries().size());
    assertEquals(37, pooled.queries().stream().filter(q -> !q.branch().isEmpty()).count());
    assertEquals(94, pooled.queries().stream().filter(q -> !q.rome().isEmpty()).count());
    Set<String> ids = new HashSet<>();
    pooled.queries().forEach(q -> assertTrue(ids.add(q.id())));
  }

  @Test
  void a_single_file_keeps_its_own_checksum() {
    assertEquals(EvalSet.load(Path.of(DIR + "real-style-3.jsonl")).sha256(),
        EvalCommand.querySet(DIR + "real-style-3.jsonl", null).sha256());
  }

  @Test
  void rejects_a_file_pooled_twice() {
    assertThrows(UsageException.class, () -> EvalCommand.querySet(DIR + "real-style.jsonl," + DIR + "real-style.jsonl", "dev"));
  }

  @Test
  void reads_the_prior_and_population_variants_from_their_names() {
    assertEquals(0.3, EvalCommand.branchPrior("light-prior30"), 1e-12);
    assertEquals(null, EvalCommand.branchPrior("light-bridge30"));
    assertEquals(new EvalCommand.PopulationVariant(0.05, 0), EvalCommand.populationBridge("light-population05"));
    assertEquals(new EvalCommand.PopulationVariant(0.2, 0.95), EvalCommand.populationBridge("light-population20g95"));
    assertEquals(new EvalCommand.PopulationVariant(0.1, 1.0), EvalCommand.populationBridge("light-population10g100"));
    assertEquals(null, EvalCommand.populationBridge("light-prior10"));
    assertThrows(UsageException.class, () -> EvalCommand.populationBridge("light-population5"));
    assertThrows(UsageException.class, () -> EvalCommand.populationBridge("light-population05gx"));
    assertEquals(new EvalCommand.VoteVariant(0.5, 5), EvalCommand.exampleVote("light-votes50k5"));
    assertEquals(new EvalCommand.VoteVariant(0, 5), EvalCommand.exampleVote("light-votes00k5"), "γ 0: the vote off");
    assertEquals(new EvalCommand.VoteVariant(1.0, 20), EvalCommand.exampleVote("light-votes100k20"));
    assertEquals(null, EvalCommand.exampleVote("light-population05"));
    assertThrows(UsageException.class, () -> EvalCommand.exampleVote("light-votes50"));
    assertThrows(UsageException.class, () -> EvalCommand.exampleVote("light-votes5k5"));
    assertEquals(new EvalCommand.RomeVoteVariant(0.2, 0), EvalCommand.romeVote("light-romevotes20"));
    assertEquals(new EvalCommand.RomeVoteVariant(0.5, 0.21), EvalCommand.romeVote("light-romevotes50t21"));
    assertEquals(null, EvalCommand.romeVote("light-votes20k5"));
    assertEquals(new fr.passerelles.match.ExampleVote.RomeCentroid(0.3, 20), EvalCommand.romeCentroid("light-romecentroid30d20"));
    assertEquals(new fr.passerelles.match.ExampleVote.RomeCentroid(0.1, 20, true),
        EvalCommand.romeCentroid("light-romecentroid10d20v"));
    assertEquals(new fr.passerelles.match.ExampleVote.RomeCentroid(0.05, 20, false, 0.1),
        EvalCommand.romeCentroid("light-romecentroid05d20p10"), "the served centroids");
    assertEquals(null, EvalCommand.romeCentroid("light-romenear12d10"));
    assertThrows(UsageException.class, () -> EvalCommand.romeCentroid("light-romecentroid30"));
    assertEquals(128, EvalCommand.maxTerms("light-terms128"));
    assertEquals(null, EvalCommand.maxTerms("light-romecentroid30d20"));
    assertThrows(UsageException.class, () -> EvalCommand.maxTerms("light-terms0"));
    assertThrows(UsageException.class, () -> EvalCommand.maxTerms("light-termsx"));
  }

  @Test
  void each_ablation_variant_removes_one_step_of_the_default_chain() {
    Path corpus = Path.of("corpus");
    String[][] variants = {
      {"light-noapostrophe", "false,true,true,true"},
      {"light-nogender", "true,false,true,true"},
      {"light-stockstop", "true,true,false,true"},
      {"light-nofold", "true,true,true,false"},
    };
    for (String[] v : variants) {
      try (AnalysisChain chain = EvalCommand.chain(v[0], corpus)) {
        String[] s = v[1].split(",");
        PasserellesAnalyzer.Steps expected = new PasserellesAnalyzer.Steps(Boolean.parseBoolean(s[0]),
            Boolean.parseBoolean(s[1]), Boolean.parseBoolean(s[2]), Boolean.parseBoolean(s[3]));
        assertEquals(expected, ((PasserellesAnalyzer) chain.indexAnalyzer()).steps(), v[0]);
        assertEquals(expected, ((PasserellesAnalyzer) chain.queryAnalyzer()).steps(), v[0]);
        assertTrue(((PasserellesAnalyzer) chain.queryAnalyzer()).hasSynonyms(), v[0]);
        assertTrue(chain.id().startsWith("passerelles-light+synonyms-"), chain.id());
      }
    }
    try (AnalysisChain light = EvalCommand.chain("light", corpus)) {
      assertEquals(AnalysisChain.defaultFor(corpus).id(), light.id());
      assertEquals(PasserellesAnalyzer.Steps.ALL, ((PasserellesAnalyzer) light.queryAnalyzer()).steps());
    }
    assertThrows(UsageException.class, () -> EvalCommand.chain("light-nothing", corpus));
  }
}
