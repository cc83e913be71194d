package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetType;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learned order of a ROME origin's computed candidates (docs/mobility.md § 5), on the real
 * corpus and ROME release: what it reads of the two sheets, and where it applies.
 */
class CandidateRankingTest {
  private static Mobility mobility;
  private static Mobility byOverlap;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
    byOverlap = mobility.with(mobility.settings().withRanking(null));
  }

  @Test
  void a_sheet_is_nearest_itself_and_two_sheets_are_as_near_each_way() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    SearchIndexes indexes = TestEngine.get().indexes();
    int remote = indexes.sheetDoc("D1408");
    int relation = indexes.sheetDoc("D1415");
    double[] fromRemote = indexes.latent().sheetSimilarities(remote);
    assertEquals(1.0, fromRemote[remote], 1e-6);
    assertEquals(fromRemote[relation], indexes.latent().sheetSimilarities(relation)[remote], 1e-6);
    // the remote customer adviser's nearest other sheet in meaning: the customer relations officer
    int nearest = IntStream.range(0, fromRemote.length).filter(d -> d != remote && indexes.sheet(d).type() == SheetType.ROME)
        .boxed().max(Comparator.comparingDouble(d -> fromRemote[d])).orElseThrow();
    assertEquals("D1415", indexes.sheet(nearest).id());
  }

  @Test
  void the_signals_are_read_from_the_two_sheets() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    SearchIndexes indexes = TestEngine.get().indexes();
    RankingSignals s = mobility.rankingSignals("D1408", 0.05).stream().filter(x -> x.target().equals("D1415"))
        .findFirst().orElseThrow();
    assertEquals(indexes.latent().sheetSimilarities(indexes.sheetDoc("D1408"))[indexes.sheetDoc("D1415")], s.latent(), 1e-12);
    assertTrue(s.sameFamily());
    assertEquals(mobility.profile("D1415").classification().grade() - mobility.profile("D1408").classification().grade(),
        s.levelRise(), 1e-12);
    assertTrue(s.coreCovered() > 0 && s.coreCovered() < 1, "some of D1415's core items, not all: " + s.coreCovered());
    assertTrue(s.titleNear() > 0, "both name a client relation: " + s.titleNear());
    // only candidates that reach the threshold are scored
    assertTrue(mobility.rankingSignals("D1408", 0.05).stream().allMatch(x -> x.overlap() >= 0.05));
  }

  @Test
  void a_rome_origin_keeps_its_threshold_and_limit_in_another_order() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    List<Mobility.Candidate> learned = mobility.candidates("D1408", MobilityScope.ROME);
    List<Mobility.Candidate> before = byOverlap.candidates("D1408", MobilityScope.ROME);
    assertEquals(20, learned.size());
    assertTrue(learned.stream().allMatch(c -> c.overlap() >= 0.05));
    assertNotEquals(ids(before), ids(learned));
    // the candidate first by overlap and by latent nearness stays first
    assertEquals("D1415", learned.get(0).target().id());
    assertEquals("D1415", before.get(0).target().id());
  }

  @Test
  void a_branch_origin_keeps_its_order_by_overlap() {
    assertEquals(ids(byOverlap.candidates("0102", MobilityScope.BRANCH)), ids(mobility.candidates("0102", MobilityScope.BRANCH)));
    assertEquals(ids(byOverlap.candidates("0103", MobilityScope.BRANCH)), ids(mobility.candidates("0103", MobilityScope.BRANCH)));
  }

  private static List<String> ids(List<Mobility.Candidate> candidates) {
    return candidates.stream().map(c -> c.target().id()).toList();
  }
}
