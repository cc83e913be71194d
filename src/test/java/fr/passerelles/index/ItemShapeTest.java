package fr.passerelles.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Item texts of the ROME 4.0 release (as in the graded evidence set) and the shapes read from them. */
class ItemShapeTest {

  @Test
  void a_diploma_or_title_is_a_qualification() {
    assertEquals(Set.of(ItemShape.QUALIFICATION), ItemShape.of("CAP agent de propreté et d'hygiène"));
    assertEquals(Set.of(ItemShape.QUALIFICATION), ItemShape.of("Titre professionnel agent / agente de propreté et d'hygiène"));
    assertEquals(Set.of(ItemShape.QUALIFICATION), ItemShape.of("Diplôme d'Etat d'infirmier (ière)"));
  }

  @Test
  void a_sentence_that_opens_on_the_job_is_a_summary() {
    assertEquals(Set.of(ItemShape.SUMMARY), ItemShape.of(
        "L'Agent de nettoyage industriel est responsable de la propreté et l'hygiène des locaux industriels et des machines."));
  }

  @Test
  void a_task_or_a_knowledge_has_no_shape() {
    assertEquals(Set.of(), ItemShape.of("Utilisation d'autolaveuses"));
    assertEquals(Set.of(), ItemShape.of("Assure le nettoyage et la désinfection des surfaces et équipements"));
    // "Bac" opens a word here, not a diploma name
    assertEquals(Set.of(), ItemShape.of("Bacs à graisse : entretien"));
  }

  @Test
  void the_stored_value_reads_back() {
    for (Set<ItemShape> shapes : Set.of(EnumSet.noneOf(ItemShape.class), EnumSet.of(ItemShape.SUMMARY),
        EnumSet.allOf(ItemShape.class))) {
      assertEquals(shapes, ItemShape.read(ItemShape.store(shapes)));
    }
  }
}
