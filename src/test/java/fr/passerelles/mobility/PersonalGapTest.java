package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.match.NotFrenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person's gap from a real CV of a chargée d'assistance (src/test/resources/nlp). */
class PersonalGapTest {
  private static Mobility mobility;
  private static String cv;
  private static PersonalMobility personal;

  @BeforeAll
  static void engine() throws IOException {
    mobility = TestEngine.mobility();
    cv = resource("/nlp/cv_charge_assistance.txt");
    personal = mobility.personal(cv);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = PersonalGapTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Passerelle target(MobilityArea a, String id) {
    return a.passerelles().filter(p -> p.target().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void the_cv_of_a_chargee_d_assistance_is_closest_to_charge_d_assistance() {
    assertEquals("0102", personal.closest().id());
    // the score is a calibrated probability: a clear CV is a confident match, and well above it
    assertTrue(personal.matchScore() > 2 * fr.passerelles.match.ScoreModels.load().branch().confidentAt(),
        "score " + personal.matchScore());
    assertEquals(Boolean.TRUE, personal.matchConfident());
    assertEquals("0102", personal.area().origin().id());
  }

  @Test
  void evidenced_competences_are_left_out_of_the_missing_ones_and_cite_their_sentence() {
    MobilityArea general = mobility.passerelles("0102");
    int evidenced = 0;
    for (Passerelle p : personal.area().passerelles().toList()) {
      Set<String> found = p.evidenced().stream().map(EvidencedCompetence::competenceId).collect(Collectors.toSet());
      Set<String> missing = new HashSet<>();
      p.missing().forEach(c -> missing.add(c.id()));
      assertTrue(java.util.Collections.disjoint(found, missing), p.target().id());
      Set<String> before = new HashSet<>();
      target(general, p.target().id()).missing().forEach(c -> before.add(c.id()));
      Set<String> union = new HashSet<>(missing);
      union.addAll(found);
      assertEquals(before, union, "nothing lost, nothing added: " + p.target().id());
      for (EvidencedCompetence e : p.evidenced()) {
        assertEquals(cv.substring(e.sentence().start(), e.sentence().end()), e.sentence().text());
        assertTrue(e.strength() >= TextEvidence.MIN_STRENGTH);
        evidenced++;
      }
    }
    assertTrue(evidenced > 0);
  }

  @Test
  void a_cv_line_evidences_a_competence_worded_otherwise() {
    // the CV's bullet on the case tool evidences a tool competence worded otherwise in some target
    String bullet = "Ouverture et suivi des dossiers d'assistance dans l'outil métier";
    Passerelle p = personal.area().passerelles()
        .filter(x -> x.evidenced().stream().anyMatch(e -> e.sentence().text().equals(bullet))).findFirst().orElseThrow();
    EvidencedCompetence tool = p.evidenced().stream().filter(e -> e.sentence().text().equals(bullet)).findFirst().orElseThrow();
    assertTrue(tool.text().contains("dossiers"), tool.text()); // "Assurer le suivi des dossiers clients"
    assertFalse(p.missing().stream().anyMatch(c -> c.id().equals(tool.competenceId())));
  }

  @Test
  void an_improvement_bullet_evidences_the_quality_target_s_improvement_competence() {
    assumeTrue(TestEngine.withRome(), "0905 borrows its competences from ROME");
    Passerelle qualite = target(personal.area(), "0905");
    assertEquals(List.of("Participation à l'amélioration continue du service"),
        qualite.evidenced().stream().map(e -> e.sentence().text()).distinct().toList());
  }

  @Test
  void a_text_that_is_not_french_is_refused() throws IOException {
    String english = resource("/nlp/cv_english.txt");
    assertThrows(NotFrenchException.class, () -> mobility.personal(english));
  }
}
