package fr.passerelles.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The graded recruiter queries: format, judgement rule and the deterministic dev / test split. */
class SkillQuerySetTest {
  private static final Path FILE = Path.of("src/test/resources/eval/skills/queries.txt");
  private static final List<String> ISSUE = List.of("gestion des réclamations", "anglais courant",
      "régulation médicale", "organisation de rapatriements", "relation client à distance", "management d'équipe",
      "facturation prestataires", "accueil téléphonique", "planification des plannings", "Excel avancé", "permis B",
      "écoute active", "négociation commerciale", "droit des assurances", "secourisme");

  @Test
  void the_set_holds_a_few_hundred_distinct_queries_and_the_issues_fifteen() {
    SkillQuerySet all = SkillQuerySet.load(FILE, SkillQuerySet.Split.ALL);
    assertTrue(all.queries().size() >= 250, "size " + all.queries().size());
    Set<String> distinct = new HashSet<>();
    all.queries().forEach(q -> assertTrue(distinct.add(q.query().toLowerCase(java.util.Locale.ROOT)), "twice: " + q.query()));
    assertEquals(ISSUE, all.queries().stream().filter(q -> q.source().equals("issue")).map(SkillJudgement::query).toList());
  }

  @Test
  void dev_and_test_split_the_set_by_hash_without_overlap() {
    SkillQuerySet all = SkillQuerySet.load(FILE, SkillQuerySet.Split.ALL);
    SkillQuerySet dev = SkillQuerySet.load(FILE, SkillQuerySet.Split.DEV);
    SkillQuerySet test = SkillQuerySet.load(FILE, SkillQuerySet.Split.TEST);
    assertEquals(all.queries().size(), dev.queries().size() + test.queries().size());
    Set<String> devQueries = new HashSet<>();
    dev.queries().forEach(q -> devQueries.add(q.query()));
    test.queries().forEach(q -> assertFalse(devQueries.contains(q.query())));
    assertTrue(Math.abs(dev.queries().size() - test.queries().size()) < all.queries().size() / 5, "roughly half each");
    assertEquals(SkillQuerySet.isDev("Gestion des réclamations "), SkillQuerySet.isDev("gestion des réclamations"),
        "case and spaces around do not move a query");
  }

  @Test
  void an_item_is_relevant_when_it_says_every_concept_in_any_form() {
    SkillJudgement j = SkillQuerySet.parse(
        "facturation prestataires | issue | \\bfactur ; \\bprestataires?\\b|\\bdevis\\b | \\bclients? finaux");
    assertTrue(j.relevant("Contrôler et valider devis et factures relatifs aux dossiers traités"));
    assertTrue(j.relevant("Facturer les prestataires"));
    assertFalse(j.relevant("Établir les factures"), "one concept missing");
    assertFalse(j.relevant("Facturation des prestataires aux clients finaux"), "excluded");
  }

  @Test
  void folding_lowers_strips_accents_and_spaces_every_non_letter() {
    assertEquals(" gerer l equipe c oeuvre b2 ", SkillJudgement.fold("Gérer l'équipe (C) — œuvre B2"));
  }

  @Test
  void a_malformed_line_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> SkillQuerySet.parse("no source here"));
    assertThrows(IllegalArgumentException.class, () -> SkillQuerySet.Split.parse("train"));
  }
}
