package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelles.Passerelles;
import fr.passerelles.config.DataPaths;
import fr.passerelles.corpus.TestCorpus;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SheetType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching on the branch corpus (no ROME release: deterministic and fast). */
class MatcherIT {
  @TempDir static Path indexDir;
  static Passerelles engine;

  @BeforeAll
  static void open() {
    engine = Passerelles.open(new DataPaths(TestCorpus.dir(), Optional.empty(), indexDir));
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
    engine = null; // a closed engine still holds its profiles: let the fork reclaim them
  }

  private static MatchResult match(String text) {
    return engine.textMatcher().match(text, MatchOptions.DEFAULT);
  }

  @Test
  void a_medical_regulation_assistant_cv_ranks_0202_first_with_evidence_cut_from_the_input() {
    String cv = """
        Assistante de régulation médicale depuis 2018
        - Je reçois les appels et les courriels destinés aux médecins régulateurs
        - Je contacte les hôpitaux pour trouver des places en accord avec le médecin
        - Je vérifie que les dossiers de transport médical sont complets
        """;
    MatchResult r = match(cv);
    SheetMatch top = r.matches().get(0);
    assertEquals("0202", top.id());
    assertEquals(SheetType.BRANCH, top.type());
    assertTrue(top.score() > 0 && top.score() <= 1, "score in (0, 1]: " + top.score());
    assertTrue(top.evidence().size() >= 2, top.evidence().toString());
    for (Evidence e : top.evidence()) {
      assertTrue(e.itemId().startsWith("0202-"), e.itemId());
      assertEquals(e.segment().text(), cv.substring(e.segment().start(), e.segment().end()));
      for (TextSpan h : e.highlights()) {
        assertEquals(h.text(), cv.substring(h.start(), h.end()));
      }
      assertTrue(e.strength() > 0 && e.strength() <= 1);
    }
    assertTrue(top.evidence().stream().anyMatch(e -> e.type() == ItemType.ACTIVITY
        && e.segment().text().contains("hôpitaux") && e.matchedTerms().contains("hôpitaux")));
  }

  @Test
  void gender_inclusive_titles_find_their_metier() {
    assertEquals("0101", match("Chargé(e) d’accueil d’assistance (F/H)").matches().get(0).id());
    assertEquals("0106", match("chargée de réservation").matches().get(0).id());
  }

  @Test
  void a_typo_is_repaired_before_matching() {
    List<String> ids = match("Assitante de régulation médicale").matches().stream().map(SheetMatch::id).limit(3).toList();
    assertTrue(ids.contains("0202"), ids.toString());
  }

  @Test
  void english_text_is_refused_with_its_verdict() {
    NotFrenchException e = assertThrows(NotFrenchException.class, () -> match(
        "I handle incoming calls from customers in distress abroad and organise their repatriation with our partners."));
    assertEquals("eng", e.verdict().languageCode());
  }

  @Test
  void family_filter_keeps_only_that_family() {
    MatchResult r = engine.textMatcher().match("médecin régulateur, décisions médicales et rapatriements",
        new MatchOptions(10, SheetType.BRANCH, "02", 3));
    assertTrue(!r.matches().isEmpty());
    assertTrue(r.matches().stream().allMatch(m -> m.family().equals("02")), r.matches().toString());
  }

  @Test
  void scores_are_ordered_and_within_unit_interval() {
    List<SheetMatch> m = match("Je traite les réclamations des clients et je contrôle les factures des prestataires").matches();
    for (int i = 0; i < m.size(); i++) {
      assertTrue(m.get(i).score() >= 0 && m.get(i).score() <= 1);
      if (i > 0) {
        assertTrue(m.get(i - 1).score() >= m.get(i).score());
      }
    }
  }

  @Test
  void an_elided_first_person_verb_counts_in_its_action_phrase_and_is_quoted_without_the_article() {
    String text = "Au quotidien, j'ouvre les dossiers et j'organise les rapatriements.";
    List<Evidence> found = match(text).matches().stream()
        .flatMap(m -> m.evidence().stream())
        .filter(e -> e.segment().text().equals("ouvre les dossiers"))
        .toList();
    assertTrue(!found.isEmpty(), "no evidence quoted from the phrase « ouvre les dossiers »");
    for (Evidence e : found) {
      assertTrue(e.matchedTerms().contains("ouvre"), e.matchedTerms().toString());
      for (TextSpan h : e.highlights()) {
        assertTrue(h.start() >= e.segment().start() && h.end() <= e.segment().end(), h + " outside " + e.segment());
        assertEquals(h.text(), text.substring(h.start(), h.end()));
      }
    }
  }
}
