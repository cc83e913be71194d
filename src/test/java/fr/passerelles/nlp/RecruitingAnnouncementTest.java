package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecruitingAnnouncementTest {
  private static List<String> announced(String text) {
    return RecruitingAnnouncement.ranges(text).stream().map(r -> text.substring(r[0], r[1])).toList();
  }

  @Test
  void aNoticeAndARecruitingVerbWithTheirArticle() {
    assertEquals(List.of("Avis de recrutement"), announced("Avis de recrutement d'un(e) Assistant(e) Comptable"));
    assertEquals(List.of("RECRUTEMENT D’UN"), announced("AVIS : RECRUTEMENT D’UN CHAUFFEUR"));
    assertEquals(List.of("recrute un·e"), announced("La commune de Givrand recrute un·e agent·e de crèche"));
    assertEquals(List.of("recrutons 3"), announced("Nous recrutons 3 préparateurs de commandes (H/F)"));
    assertEquals(List.of("Appel à candidatures"), announced("Appel à candidatures – Chargé de mission"));
    assertEquals(List.of("recherchons une"), announced("Nous recherchons une infirmière de nuit"));
  }

  @Test
  void theWordsElsewhereAreTheJobs() {
    // a recruiter's task, the noun "recherche", an application's own line: no announcement
    assertEquals(List.of(), announced("Vous pilotez les recrutements et le sourcing des candidats"));
    assertEquals(List.of(), announced("Accompagner les personnes dans la recherche d'un emploi"));
    assertEquals(List.of(), announced("Ingénieur de recherche en biologie"));
    assertEquals(List.of(), announced("Les recruteurs du cabinet"));
    // searching is a task of its own: an assistance adviser "recherche un dépanneur"
    assertEquals(List.of(), announced("Recherche un dépanneur et organise le remorquage du véhicule"));
    assertEquals(List.of(), announced("Recherche des financements et des partenaires"));
    assertEquals(List.of(), announced("Gère l'embauche des saisonniers"));
  }
}
