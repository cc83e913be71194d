package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The job-board spellings of ROME 4.0 appellations (v460 labels, as written in the release). */
class TitleVariantsTest {

  @Test
  void a_hyphenated_compound_is_also_welded() {
    List<String> v = TitleVariants.of("Développeur / Développeuse full-stack");
    assertEquals("Développeur / Développeuse full-stack", v.get(0), "the appellation first, as written");
    assertTrue(v.contains("Développeur fullstack"), v.toString());
  }

  @Test
  void an_expansion_whose_initials_spell_its_acronym_is_also_written_as_the_acronym() {
    assertTrue(TitleVariants.of("Technicien / Technicienne Service Après-Vente (SAV)").contains("Technicien SAV"));
    // an acronym alone is no job title: M1704's "CRM" is the software an ad's task line names
    assertEquals(List.of("Customer Relationship Manager (CRM)", "Customer Relationship Manager"),
        TitleVariants.of("Customer Relationship Manager (CRM)"));
    // an acronym that is no abbreviation of the words before it leaves the title alone
    assertEquals("Infirmier en soins généraux (IDE)", TitleVariants.withAcronym("Infirmier en soins généraux (IDE)"));
  }

  @Test
  void a_name_ending_on_its_acronym_is_also_written_without_it_but_not_without_a_note() {
    // people write "Infirmier coordinateur", "Assistante de régulation médicale": ROME ends them on "(IDEC)", "(ARM)"
    // (a two-word gender pair stays whole here; the analysis chain folds its two forms into one)
    assertTrue(TitleVariants.of("Infirmier coordinateur / Infirmière coordinatrice (IDEC)")
        .contains("Infirmier coordinateur / Infirmière coordinatrice"));
    assertTrue(TitleVariants.of("Assistant / Assistante de régulation médicale (ARM)").contains("Assistant de régulation médicale"));
    assertTrue(TitleVariants.of("Inspecteur / Inspectrice de l'Education Nationale -IEN-").contains("Inspecteur de l'Education Nationale"));
    // a note says what the job is about ("huîtres"): the name stays whole
    assertEquals(List.of("Ostréiculteur / Ostréicultrice (huîtres)", "Ostréiculteur (huîtres)"),
        TitleVariants.of("Ostréiculteur / Ostréicultrice (huîtres)"));
  }

  @Test
  void an_appellation_naming_its_job_twice_gives_both_names_but_a_gender_pair_does_not() {
    List<String> v = TitleVariants.of("Responsable développement / Business Developer");
    assertTrue(v.contains("Business Developer") && v.contains("Responsable développement"), v.toString());
    assertFalse(TitleVariants.of("Homme / Femme de plancher").contains("Homme"));
    // two names that are no gender pair: each whole, the one-word side with the other's complement
    assertTrue(TitleVariants.of("Valet / Femme de chambre").containsAll(List.of("Valet de chambre", "Femme de chambre")));
    assertTrue(TitleVariants.of("Steward / Hôtesse de l'air").contains("Hôtesse de l'air"));
    assertTrue(TitleVariants.of("Homme / Femme de plancher").contains("Femme de plancher"));
    assertTrue(TitleVariants.of("Homme sage-femme / Sage-femme").containsAll(List.of("Homme sage-femme", "Sage-femme")));
    assertTrue(TitleVariants.of("Responsable plate-forme expédition / Livraison").contains("Responsable plate-forme Livraison"));
    assertFalse(TitleVariants.of("Responsable plate-forme expédition / Livraison").contains("Livraison"));
    assertTrue(TitleVariants.of("Lapidaire / Diamantaire").containsAll(List.of("Lapidaire", "Diamantaire")));
    // a gender pair the folding leaves whole is not two names
    assertFalse(TitleVariants.of("Chef de projet / Cheffe de projet design").contains("Chef de projet"));
    assertFalse(TitleVariants.of("Technicien dépanneur / Technicienne dépanneuse gros électroménagers").contains("Technicien dépanneur"));
    assertFalse(TitleVariants.of("Chargé / Chargée de relation client").stream().anyMatch(s -> s.equals("Chargé")));
  }
}
