package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.corpus.LabelledText;
import fr.passerelles.corpus.LabelledTexts;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.AnalysisChain;
import fr.passerelles.index.IndexFields;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The labelled texts' vote over the corpus's examples, read with the query chain. */
class ExampleVoteTest {
  static AnalysisChain chain;
  static List<LabelledText> texts;
  static ExampleVote vote;

  @BeforeAll
  static void open() {
    chain = AnalysisChain.defaultFor(TestCorpus.dir());
    texts = LabelledTexts.load(TestCorpus.dir());
    vote = ExampleVote.of(texts, chain.queryAnalyzer(), 5, 0.5);
  }

  @AfterAll
  static void close() throws IOException {
    chain.close();
  }

  /** Each analyzed term counted once per occurrence, as a task line's words are. */
  static Map<String, Double> counts(String text) throws IOException {
    Map<String, Double> c = new HashMap<>();
    try (TokenStream ts = chain.queryAnalyzer().tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        c.merge(t.toString(), 1.0, Double::sum);
      }
      ts.end();
    }
    return c;
  }

  /** First person, no job named: a home-assistance plateau's calls, written for this test. */
  static final String HOME_PLATEAU = """
      Je prends les appels des assurés dont la cuisine est inondée ou la serrure bloquée. Je vérifie ce
      que couvre leur contrat, j'envoie un plombier ou un serrurier du réseau, et quand la maison n'est
      plus habitable je leur trouve une chambre d'hôtel pour la nuit. Je rappelle ensuite l'artisan pour
      savoir si l'intervention est terminée et je clôture le dossier.
      """;

  /** A mason's CV, written for this test: nothing of the branch. */
  static final String MASON = """
      Maçon qualifié, 12 ans d'expérience. Montage de murs en parpaings et en briques, coulage de dalles
      et de fondations, pose de linteaux, enduits de façade. Lecture de plans, implantation, coffrage.
      CAP maçon. Permis B. Loisirs : football, pêche.
      """;

  @Test
  void aPlateauTextsNeighboursNameTheChargéDAssistance() throws IOException {
    Map<String, Double> shares = vote.shares(counts(HOME_PLATEAU)).votes();
    String first = shares.entrySet().stream().filter(e -> e.getKey().matches("\\d{4}"))
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertEquals("0102", first, "shares: " + shares);
    assertTrue(shares.get("0102") > 0.5, "most of the votes: " + shares);
    double total = shares.entrySet().stream().filter(e -> e.getKey().matches("\\d{4}")).mapToDouble(Map.Entry::getValue).sum();
    assertTrue(total <= 1 + 1e-9, "the branch shares of one vote: " + total);
  }

  @Test
  void theSameNeighboursVoteForTheirRomeSheets() throws IOException {
    Map<String, Double> shares = vote.shares(counts(HOME_PLATEAU)).votes();
    String firstRome = shares.entrySet().stream().filter(e -> !e.getKey().matches("\\d{4}"))
        .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertEquals("D1408", firstRome, "the chargé d'assistance's ROME sheet: " + shares);
    assertTrue(vote.reaches(fr.passerelles.index.SheetType.BRANCH));
    assertTrue(!vote.reaches(fr.passerelles.index.SheetType.ROME), "the ROME view is the fusion's unless asked");
    assertTrue(vote.withRome(0.1).reaches(fr.passerelles.index.SheetType.ROME));
    assertTrue(vote.reaches(null), "a mixed request shows branch sheets");
    Map<String, Double> gated = vote.withRome(0.1).withRomeGate(1.0).shares(counts(HOME_PLATEAU)).votes();
    assertTrue(gated.keySet().stream().allMatch(k -> k.matches("\\d{4}")), "no text this near: no ROME vote, " + gated);
    assertEquals(shares.get("0102"), gated.get("0102"), "the branch vote is not gated");
  }

  @Test
  void underTheGateTheNearBandsRomeSharesOnlyReorder() throws IOException {
    ExampleVote gated = vote.withRome(0.1).withRomeGate(1.0);
    Map<String, Double> open = vote.withRome(0.1).shares(counts(HOME_PLATEAU)).votes();
    ExampleVote.Shares banded = gated.withRomeNear(new ExampleVote.RomeNear(0.05, 10)).shares(counts(HOME_PLATEAU));
    assertTrue(banded.votes().keySet().stream().allMatch(k -> k.matches("\\d{4}")), "no ROME sheet joins: " + banded);
    assertEquals(open.get("D1408"), banded.reorder().get("D1408"), "the same ROME shares, to reorder: " + banded);
    assertEquals(open.get("0102"), banded.votes().get("0102"), "the branch vote is not banded");
    ExampleVote.Shares far = gated.withRomeNear(new ExampleVote.RomeNear(0.99, 10)).shares(counts(HOME_PLATEAU));
    assertTrue(far.reorder().isEmpty(), "under the band's floor, no ROME share at all: " + far);
    ExampleVote.Shares near = vote.withRome(0.1).withRomeNear(new ExampleVote.RomeNear(0.05, 10)).shares(counts(HOME_PLATEAU));
    assertTrue(near.reorder().isEmpty() && near.votes().containsKey("D1408"), "over the gate the vote is whole: " + near);
  }

  @Test
  void theSheetsCentroidsNameThePlateauEvenWhereNoTextIsNearEnoughToVote() throws IOException {
    // no ROME vote at all (gate 1): the centroids of the ROME sheets' texts still name D1408
    ExampleVote centroids = vote.withRome(0.1).withRomeGate(1.0).withRomeCentroid(new ExampleVote.RomeCentroid(0.3, 20));
    ExampleVote.Shares shares = centroids.shares(counts(HOME_PLATEAU));
    assertTrue(shares.votes().keySet().stream().allMatch(k -> k.matches("\\d{4}")), "no ROME vote: " + shares.votes());
    Map<String, Double> near = shares.centroid();
    assertEquals(1.0, near.get("D1408"), "the nearest centroid, over itself: " + near);
    assertTrue(near.size() == 20 && near.values().stream().allMatch(v -> v > 0 && v <= 1), "20 relative cosines: " + near);
    assertTrue(centroids.reaches(fr.passerelles.index.SheetType.ROME));
  }

  @Test
  void aMasonsCvIsNearestTheMasonsSheetTheLabelledTextsHold() throws IOException {
    ExampleVote centroids = vote.withRomeCentroid(new ExampleVote.RomeCentroid(0.3, 5));
    Map<String, Double> near = centroids.shares(counts(MASON)).centroid();
    assertEquals(1.0, near.get("F1703"), "Maçon: " + near);
    assertEquals(5, near.size());
    // left out with the sets that hold its texts, the mason's sheet has no centroid
    ExampleVote without = centroids;
    for (LabelledText t : texts) {
      if (t.rome().contains("F1703")) {
        without = without.without(t.set());
      }
    }
    assertTrue(!without.shares(counts(MASON)).centroid().containsKey("F1703"));
  }

  @Test
  void withoutCentroidsTheVotesAreAsBefore() throws IOException {
    assertTrue(vote.shares(counts(HOME_PLATEAU)).centroid().isEmpty());
    assertEquals(vote.withRome(0.1).shares(counts(HOME_PLATEAU)).votes(),
        vote.withRome(0.1).withRomeCentroid(new ExampleVote.RomeCentroid(0.3, 20)).shares(counts(HOME_PLATEAU)).votes());
    assertThrows(IllegalArgumentException.class, () -> new ExampleVote.RomeCentroid(1.5, 20));
  }

  @Test
  void aMasonsCvRaisesNoBranchMétier() throws IOException {
    Map<String, Double> shares = vote.shares(counts(MASON)).votes();
    assertTrue(shares.entrySet().stream().filter(e -> e.getKey().matches("\\d{4}")).allMatch(e -> e.getValue() < 0.25),
        "texts outside the branch vote for no branch métier: " + shares);
  }

  @Test
  void aLabelledTextIsItsOwnNearestUnlessItsSetIsLeftOut() throws IOException {
    LabelledText t = texts.stream().filter(x -> x.id().equals("rs12-d01")).findFirst().orElseThrow();
    assertEquals(List.of("0102"), t.branch());
    Map<String, Double> own = new HashMap<>(Map.of("0102", 1.0));
    t.rome().forEach(code -> own.put(code, 1.0 / t.rome().size()));
    assertEquals(own, vote.with(1, 0.5).shares(counts(t.text())).votes(), "its own text, nearest of all");
    long inSet = texts.stream().filter(x -> x.set().equals("rs12")).count();
    ExampleVote without = vote.without("rs12");
    assertEquals(texts.size() - inSet, without.size());
    assertSame(without, without.without("rs12"));
  }

  @Test
  void leavingOutASetNoTextBelongsToChangesNothing() {
    assertSame(vote, vote.without("t060"));
  }

  @Test
  void aSpecialistsSheetVotesForItsMétier() {
    assertEquals("0104", ExampleVote.metierOf("0104-05"));
    assertEquals("0102", ExampleVote.metierOf("0102"));
  }

  @Test
  void offVotesForNothing() throws IOException {
    assertEquals(ExampleVote.Shares.NONE, ExampleVote.OFF.shares(counts(HOME_PLATEAU)));
    assertEquals(ExampleVote.Shares.NONE, vote.with(5, 0).shares(counts(HOME_PLATEAU)));
    assertThrows(IllegalArgumentException.class, () -> vote.with(5, 1.5));
  }
}
