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
      assertEquals(weak, c.review(), c.id());
    }
    assertTrue(mobility.alignment().flagged() < mobility.alignment().competences().size());
  }

  @Test
  void the_file_read_back_gives_every_competence_its_field() {
    CompetenceAlignment read = AlignmentCsv.read(file);
    for (AlignedCompetence c : mobility.alignment().competences()) {
      AlignedCompetence r = read.competence(c.id()).orElseThrow();
      assertEquals(c.path() == null ? null : c.path().enjeu().code(), r.path() == null ? null : r.path().enjeu().code(), c.id());
      assertEquals(c.review(), r.review(), c.id());
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
