package fr.passerelles.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The embedded referential, checked against facts read in the seeds. */
class CorpusTest {
  private final Corpus corpus = TestCorpus.load();

  @Test
  void the_referential_is_valid() {
    assertEquals(List.of(), CorpusValidator.validate(corpus));
  }

  @Test
  void nomenclature_2009_has_39_metiers_in_9_families_with_seed_headcounts() {
    assertEquals(9, corpus.nomenclature2009().families().size());
    assertEquals(39, corpus.nomenclature2009().metiers().size());
    var chargeAssistance = corpus.metier("0102").orElseThrow();
    assertEquals("Chargé(e) d'assistance", chargeAssistance.title());
    assertEquals(2799, chargeAssistance.headcount());
    assertEquals(50.68, chargeAssistance.headcountPercent(), 1e-9);
    assertEquals(8, chargeAssistance.companies());
    // 001 §I.4: the 39 métiers' headcounts sum to the branch's 4 961 people in a fiche métier
    // (the PDF prints 4 960: its support subtotal is one short of its own rows)
    assertEquals(4961, corpus.nomenclature2009().metiers().stream().mapToInt(m -> m.headcount()).sum());
  }

  @Test
  void rome_annex_gives_two_codes_to_0105_0601_0706_and_none_to_families_08_09() {
    Map<String, Integer> twoCodes =
        corpus.nomenclature2009().metiers().stream()
            .filter(m -> m.romeCodes().size() == 2)
            .collect(Collectors.toMap(m -> m.code(), m -> 2));
    assertEquals(Map.of("0105", 2, "0601", 2, "0706", 2), twoCodes);
    assertTrue(corpus.nomenclature2009().metiers().stream()
        .filter(m -> m.family().equals("08") || m.family().equals("09"))
        .allMatch(m -> m.romeCodes().isEmpty()));
    assertEquals(List.of("M1607", "C1401"), corpus.metier("0105").orElseThrow().romeCodes());
  }

  @Test
  void nomenclature_2024_has_58_metiers_13_families_and_exposure_scores() {
    assertEquals(13, corpus.nomenclature2024().families().size());
    assertEquals(58, corpus.nomenclature2024().metiers().size());
    var charge = corpus.metier2024For("0102").orElseThrow();
    assertEquals("Chargé d'assistance", charge.title());
    assertTrue(charge.core());
    assertEquals(0.30, charge.exposure().pwcScore(), 1e-9);
    assertEquals(26, charge.exposure().pwcPosition());
    assertEquals(0.17, charge.exposure().expertScore(), 1e-9);
    assertEquals(45, charge.exposure().expertPosition());
  }

  @Test
  void charge_d_assistance_has_two_versions_and_the_current_one_is_the_default() {
    List<Sheet> versions = corpus.versions("0102");
    assertEquals(List.of("0102", "0102-v2"), versions.stream().map(Sheet::id).toList());
    assertEquals("0102-v2", corpus.currentSheet("0102").orElseThrow().id());
    assertFalse(corpus.sheet("0102").orElseThrow().current());
  }

  @Test
  void sheet_0101_reads_as_in_the_seed() {
    Sheet s = corpus.sheet("0101").orElseThrow();
    assertEquals("Chargé(e) d'accueil d'assistance", s.title());
    Activity first = s.activities().get(0);
    assertEquals("0101-A01", first.id());
    assertEquals(Frequency.MAJORITY, first.frequency());
    assertTrue(first.text().startsWith("Réceptionne les appels téléphoniques destinés à l'Assistance"));
    Competence c = s.competences().stream().filter(k -> k.text().startsWith("Pratique d")).findFirst().orElseThrow();
    assertEquals(CompetenceKind.LANGUE, c.kind());
    assertEquals(Situation.SPECIFIC, c.situation());
    assertTrue(s.evolutions().stream().anyMatch(e -> "0102".equals(e.target())));
  }

  @Test
  void specialists_of_0104_are_ten_sub_sheets() {
    List<Sheet> subs = corpus.sheets().stream().filter(s -> "0104".equals(s.parentSheet())).toList();
    assertEquals(10, subs.size());
    assertTrue(subs.stream().anyMatch(s -> s.title().equals("Psychologue")));
    assertTrue(subs.stream().allMatch(s -> s.id().startsWith("0104-") && s.metier().equals("0104")));
  }

  @Test
  void current_charge_d_assistance_states_fifteen_passerelles_over_three_degrees() {
    Sheet s = corpus.sheet("0102-v2").orElseThrow();
    Map<Integer, Long> byDegree =
        s.passerelles().stream().collect(Collectors.groupingBy(Passerelle::degree, Collectors.counting()));
    assertEquals(15, s.passerelles().size());
    assertEquals(Map.of(1, 6L, 2, 7L, 3, 2L), byDegree);
    // 000's example: deepening competences leads to gestionnaire de dossiers / de factures
    assertTrue(s.passerelles().stream().anyMatch(p -> p.degree() == 1 && "0401".equals(p.target())));
    assertTrue(s.passerelles().stream().anyMatch(p -> p.degree() == 1 && "0402".equals(p.target())));
    // lost ligatures of 004 are repaired
    assertTrue(s.mission().contains("difficulté"), s.mission());
  }

  @Test
  void mobility_defines_three_degrees_and_the_upward_rule() {
    assertEquals("Approfondissement des compétences", corpus.mobility().degree(1).label());
    assertTrue(corpus.mobility().degree(2).label().startsWith("Acquisition d'un champ de compétence nouveau"));
    assertEquals("equal-or-higher", corpus.mobility().classificationRule().direction());
  }

  @Test
  void stats_count_items_by_kind() {
    CorpusStats stats = CorpusStats.of(corpus);
    assertEquals(39, stats.get("métiers 2009"));
    assertEquals(
        stats.get("activities"),
        stats.get("activities: majority") + stats.get("activities: frequent") + stats.get("activities: rare"));
    assertEquals(corpus.sheets().stream().mapToLong(s -> s.competences().size()).sum(), stats.get("competences"));
  }

  @Test
  void checksum_is_stable_across_loads() {
    assertEquals(corpus.checksum(), CorpusLoader.load(TestCorpus.dir()).checksum());
  }
}
