package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.corpus.Competence;
import fr.passerelles.corpus.Sheet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alignment of branch competences on ROME's tree and its committed, reviewable file. */
class CompetenceAlignmentTest {
  private static Mobility mobility;
  private static Path file;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
    file = TestEngine.corpusDir().resolve(CompetenceAlignment.FILE);
  }

  @Test
  void the_committed_alignment_is_in_step_with_the_code() throws IOException {
    assumeTrue(TestEngine.withRome(), "the alignment is computed from the ROME release");
    String expected = AlignmentCsv.render(mobility.alignment());
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
        "regenerate it: bin/passerelles align > corpus/generated/alignment.csv");
  }

  @Test
  void every_branch_competence_is_aligned_once_in_corpus_order() {
    List<String> competences = TestEngine.get().corpus().sheets().stream()
        .flatMap((Sheet s) -> s.competences().stream()).map(Competence::id).toList();
    assertEquals(competences, mobility.alignment().competences().stream().map(AlignedCompetence::id).toList());
  }

  @Test
  void weak_or_split_placements_are_flagged_for_review() {
    for (AlignedCompetence c : mobility.alignment().competences()) {
      boolean weak = c.path() == null || c.score() < CompetenceAligner.REVIEW_STRENGTH
          || c.domaineSupport() < CompetenceAligner.REVIEW_SUPPORT;
      assertEquals(weak && c.reviewed() == null, c.review(), c.id());
    }
    assertTrue(mobility.alignment().flagged() < mobility.alignment().competences().size());
  }

  @Test
  void every_weak_or_split_placement_is_reviewed_with_a_reason() {
    assumeTrue(TestEngine.withRome(), "the aligner runs on the ROME release");
    AlignmentReview review = AlignmentReview.load();
    for (AlignedCompetence c : mobility.alignment().competences()) {
      boolean weak = c.score() < CompetenceAligner.REVIEW_STRENGTH || c.domaineSupport() < CompetenceAligner.REVIEW_SUPPORT
          || (c.reviewed() == null && c.path() == null);
      if (weak) {
        assertTrue(review.entry(c.id()).isPresent(), c.id() + " is weak and not reviewed");
      }
    }
    assertEquals(0, mobility.alignment().flagged());
    assertEquals(review.size(), mobility.alignment().reviewed());
  }

  @Test
  void a_review_places_what_words_cannot_reach_and_drops_word_matches() {
    assumeTrue(TestEngine.withRome(), "places come from ROME's tree");
    AlignedCompetence conflict = mobility.alignment().competence("0101-C04").orElseThrow(); // désamorcer une relation conflictuelle
    assertTrue(conflict.hits().isEmpty());
    assertEquals("6B", conflict.path().enjeu().code());
    assertEquals(300480, conflict.path().macro().ogr()); // Gérer une situation conflictuelle
    assertEquals(List.of(300480), conflict.equivalents(0.5));
    AlignedCompetence mandate = mobility.alignment().competence("0102-v2-C08").orElseThrow(); // Mandater les prestataires
    assertTrue(mandate.score() >= 0.5, "a strong word match: 'Négocier un mandat de vente'");
    assertEquals(List.of(), mandate.equivalents(0.5));
    assertEquals(300316, mandate.path().macro().ogr());
    AlignedCompetence vague = mobility.alignment().competence("0104-C01").orElseThrow();
    assertEquals(AlignmentReview.Decision.NONE, vague.reviewed());
    assertEquals(null, vague.path());
  }

  @Test
  void the_file_read_back_gives_every_competence_its_field() {
    CompetenceAlignment read = AlignmentCsv.read(file);
    for (AlignedCompetence c : mobility.alignment().competences()) {
      AlignedCompetence r = read.competence(c.id()).orElseThrow();
      assertEquals(c.path() == null ? null : c.path().enjeu().code(), r.path() == null ? null : r.path().enjeu().code(), c.id());
      assertEquals(c.review(), r.review(), c.id());
      assertEquals(c.reviewed(), r.reviewed(), c.id());
      assertEquals(c.reviewedEquivalents(), r.reviewedEquivalents(), c.id());
    }
  }

  @Test
  void a_telephone_relation_is_placed_in_customer_relations() {
    AlignedCompetence c = mobility.alignment().competence("0102-C07").orElseThrow();
    assertEquals("5A", c.path().enjeu().code()); // Relation client
    assertEquals("5", c.path().domaine().code());
    assertTrue(c.score() >= CompetenceAligner.REVIEW_STRENGTH);
  }
}
