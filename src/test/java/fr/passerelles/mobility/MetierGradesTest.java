package fr.passerelles.mobility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.eval.MobilityGrades;
import fr.passerelles.index.SheetType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A classification level for every métier and sheet, each with its basis (docs/mobility.md § 3). */
class MetierGradesTest {
  private static Mobility mobility;

  @BeforeAll
  static void engine() {
    mobility = TestEngine.mobility();
  }

  private static ClassificationLevel level(String id) {
    return mobility.profile(id).classification();
  }

  @Test
  void every_branch_metier_specialist_sheet_and_rome_sheet_has_a_level_and_a_basis() {
    assumeTrue(TestEngine.withRome(), "the fallbacks read the ROME release");
    List<MetierProfile> missing = mobility.profiles().stream().filter(p -> p.classification() == null).toList();
    assertEquals(List.of(), missing.stream().map(MetierProfile::id).toList());
    assertEquals(1584, mobility.profiles().stream().filter(p -> p.type() == SheetType.ROME).count());
    for (MetierProfile p : mobility.profiles()) {
      assertFalse(p.classification().basis().isBlank(), p.id());
    }
  }

  @Test
  void a_rome_sheet_whose_access_names_no_diploma_takes_its_certifications() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // C1208 courtier en banque: access asks 3 years of experience; its certifications run from BTS to Master
    assertEquals(Optional.empty(), MetierGrades.accessRange(TestEngine.get().rome().orElseThrow().sheet("C1208").orElseThrow().access()));
    ClassificationLevel c = level("C1208");
    assertEquals("ROME C1208 certifications", c.basis());
    assertEquals(5, c.diploma());
    assertEquals(5.5, c.grade());
  }

  @Test
  void a_rome_sheet_open_without_a_diploma_sits_at_the_bottom_of_the_scale() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    ClassificationLevel metro = level("N4305"); // "accessible sans diplôme ou expérience"
    assertEquals("ROME N4305 accès sans diplôme", metro.basis());
    assertEquals(3.0, metro.grade());
  }

  @Test
  void a_rome_sheet_nothing_else_grades_takes_the_median_of_its_domaine_and_says_it_is_weak() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    ClassificationLevel c = level("K1733"); // forces spéciales: no diploma, no certification with a level
    assertTrue(c.basis().startsWith("ROME K1733 : médiane du domaine K17, emplois non cadres ("), c.basis());
    assertTrue(c.basis().endsWith("base faible)"), c.basis());
    assertEquals("ROME domaine median (weak)", MobilityGrades.rule(c));
  }

  @Test
  void a_specialist_sheet_takes_its_protected_title_else_its_rome_sheet_else_the_family() {
    assertEquals(7.0, level("0104-03").grade()); // psychologue: Master
    assertEquals("0104-03 titre protégé (« Psychologue »)", level("0104-03").basis());
    assertEquals(5.0, level("0104-07").grade()); // diététicien: BTS
    assertEquals("0104-05 niveau", level("0104-05").basis()); // the sheet's own level comes first
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    ClassificationLevel patrouilleur = level("0104-02"); // reviewed link: I1604 mécanicien automobile
    assertEquals("ROME I1604 accès", patrouilleur.basis());
    assertEquals(3, patrouilleur.diploma());
    assertTrue(level("0104-01").basis().startsWith("famille 01 : médiane de 0101, 0102"), level("0104-01").basis());
  }

  @Test
  void the_umbrella_takes_the_lowest_level_of_its_sub_sheets() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    ClassificationLevel umbrella = level("0104");
    double lowest = mobility.profiles().stream().filter(p -> "0104".equals(p.parent()))
        .mapToDouble(p -> p.classification().grade()).min().orElseThrow();
    assertEquals(lowest, umbrella.grade());
    assertTrue(umbrella.basis().startsWith("0104 : minimum des 10 sous-fiches"), umbrella.basis());
  }

  @Test
  void a_metier_no_sheet_describes_and_no_rome_sheet_stands_for_takes_its_family_as_a_weak_basis() {
    assumeTrue(TestEngine.withRome(), "the family's other métiers borrow ROME sheets");
    ClassificationLevel planning = level("0301");
    assertEquals("famille 03 : médiane de 0302, 0303 (base faible)", planning.basis());
    assertEquals((level("0302").grade() + level("0303").grade()) / 2, planning.grade());
    assertEquals("famille 05 : médiane de 0502 (base faible)", level("0501").basis());
    assertEquals(MobilityGrades.rule(planning), "family median (weak)");
    // the rule now decides 0102 → 0301, which it could not before
    assertNotNull(mobility.gap("0102", "0301").classification().toGrade());
  }

  @Test
  void the_diploma_words_of_access_texts() {
    assertTrue(DiplomaLevels.noDiploma("Cet emploi est accessible sans diplôme ni expérience professionnelle."));
    assertTrue(DiplomaLevels.noDiploma("Cet emploi est accessible sans qualification. Le CQP peut en faciliter l'accès."));
    assertFalse(DiplomaLevels.noDiploma("Ce métier ne peut s'exercer sans qualification."));
    assertTrue(DiplomaLevels.noDiploma("Cet emploi est accessible sans qualification particulière."));
    assertFalse(DiplomaLevels.noDiploma("Accessible sans diplôme spécifique, mais avec une expérience ou une qualification en lien."));
    assertEquals(Optional.of(7), DiplomaLevels.protectedTitle("Psychologue"));
    assertEquals(Optional.of(6), DiplomaLevels.protectedTitle("Assistant(e) social(e)"));
    assertEquals(Optional.empty(), DiplomaLevels.protectedTitle("Juriste d'Assistance (f/h)"));
    assertEquals(Optional.of(new DiplomaLevels.Range(7, 7)), DiplomaLevels.of("Cet emploi est accessible avec le Diplôme d''Etat de Sage-Femme."));
    assertEquals(Optional.of(new DiplomaLevels.Range(4, 5)), DiplomaLevels.of("BPJEPS ou DEJEPS"));
    assertEquals(Optional.of(new DiplomaLevels.Range(5, 6)), DiplomaLevels.of("accessible avec un BTS agricole, un BUT ou une licence pro"));
    assertEquals(Optional.empty(), DiplomaLevels.of("Conçoit de nouvelles recettes dans le but de fidéliser sa clientèle")); // G1601

  }
}
