package fr.passerelles.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Abbreviations the referential defines in its own labels (texts quoted from ROME 4.0 v460). */
class AcronymsTest {
  @Test
  void a_long_form_is_the_run_of_words_whose_initials_spell_the_abbreviation() {
    Map<String, List<String>> found = Acronyms.mine(List.of(
        "Gestion Electronique des Documents (GED)",
        "Conducteur / Conductrice de Véhicule Sanitaire Léger (VSL)",
        "Chargé / Chargée de comptes Incendie, Accidents, Risques Divers (IARD)",
        "Utiliser les équipements d'accès au véhicule spécifiques Personnes à Mobilité Réduite (PMR)",
        "L'Oto-rhino-laryngologiste (ORL) soigne les affections de l'oreille"));
    assertEquals(List.of("Gestion Electronique des Documents"), found.get("ged"));
    assertEquals(List.of("Véhicule Sanitaire Léger"), found.get("vsl"));
    assertEquals(List.of("Incendie Accidents Risques Divers"), found.get("iard"), "the commas between its words dropped");
    assertEquals(List.of("Personnes à Mobilité Réduite"), found.get("pmr"));
    assertEquals(List.of("Oto-rhino-laryngologiste"), found.get("orl"), "one initial per part, the elided article dropped");
  }

  @Test
  void brackets_that_no_initials_spell_define_nothing() {
    assertTrue(Acronyms.mine(List.of("Ambulancier [Nouvelle-Calédonie]", "Infirmier / Infirmière en soins généraux (IDE)",
        "Connaissance des normes (ISO)", "Agent de sécurité (Guyane)")).isEmpty());
    assertNull(Acronyms.longForm("Infirmier / Infirmière en soins généraux", "ide"));
  }

  @Test
  void an_abbreviation_of_two_senses_is_left_out() {
    Map<String, List<String>> found = Acronyms.mine(List.of("Validation des Acquis de l'Expérience (VAE)",
        "Réparer les vélos à assistance électrique (VAE)", "Document Unique d'Evaluation des Risques (DUER)",
        "Rédiger le Document unique d'évaluation des risques (DUER)"));
    assertFalse(found.containsKey("vae"), found.toString());
    assertEquals(1, found.get("duer").size(), "one long form, however capitalised: " + found);
  }
}
