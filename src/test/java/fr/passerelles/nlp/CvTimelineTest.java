package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CvTimelineTest {

  private final InputAnalyzer analyzer = new InputAnalyzer(NlpFixtures.models());

  private double weightOf(InputAnalysis a, String segmentStart) {
    for (int i = 0; i < a.segments().size(); i++) {
      if (a.segments().get(i).text().startsWith(segmentStart)) {
        return a.roles().get(i).weight();
      }
    }
    throw new AssertionError("no segment " + segmentStart);
  }

  @Test
  void the_current_job_counts_more_than_an_old_student_job() {
    InputAnalysis a = analyzer.analyze("""
        2019 – aujourd'hui : Data analyst, banque en ligne
        - Construction de tableaux de bord et analyse des données clients
        Été 2012 : équipier, restauration rapide (job d'été)
        - Préparation des commandes et encaissement
        """);
    double current = weightOf(a, "Construction");
    double summer = weightOf(a, "Préparation");
    assertEquals(1.0, current);
    assertTrue(summer <= 0.25, "summer job weight " + summer);
  }

  @Test
  void a_described_current_job_leads_the_job_it_followed() {
    // the job held until 2021 ends in the CV's newest year, as recent as the current one by dates
    InputAnalysis a = analyzer.analyze("""
        Depuis mars 2021 – Boulangeries Delaunay
        - Tenue de la comptabilité générale et clôtures mensuelles
        2016 – 2021 – Groupe Immobilier Val de Loire
        - Saisie des factures fournisseurs, relances locataires
        """);
    assertEquals(1.0, weightOf(a, "Tenue"));
    assertEquals(CvTimeline.PAST_FACTOR, weightOf(a, "Saisie"));
    // with no line under the current job, the ended job it followed is the one described: it leads
    InputAnalysis bare = analyzer.analyze("""
        Depuis mars 2021 – Boulangeries Delaunay
        2016 – 2021 – Groupe Immobilier Val de Loire
        - Saisie des factures fournisseurs, relances locataires
        """);
    assertEquals(1.0, weightOf(bare, "Saisie"));
  }

  @Test
  void an_experience_parses_months_and_ongoing_ends() {
    CvTimeline.Experience e = CvTimeline.Experience.parse(ZoneTagger.fold("06/2017 - 09/2017 : stage, cabinet comptable"));
    assertEquals(4, e.months());
    assertTrue(e.shortJob());
    CvTimeline.Experience now = CvTimeline.Experience.parse(ZoneTagger.fold("Depuis 2019 : chargée d'assistance"));
    assertTrue(now.ongoing());
    assertEquals(1.0, now.weight(2024));
  }

  @Test
  void lines_under_a_skills_heading_count_fully_again() {
    InputAnalysis a = analyzer.analyze("""
        2001 – 2004 : Téléconseillère
        - Accueil téléphonique des clients
        2020 – 2024 : Encadrante de plateau
        - Animation de l'équipe
        Compétences
        Gestion des réclamations
        """);
    assertEquals(List.of(Zone.EXPERIENCE, Zone.TASK, Zone.EXPERIENCE, Zone.TASK, Zone.HEADING, Zone.TASK),
        a.roles().stream().map(SegmentRole::zone).toList());
    assertTrue(weightOf(a, "Accueil") < weightOf(a, "Animation"));
    assertEquals(1.0, weightOf(a, "Gestion des réclamations"));
  }
  @Test
  void a_cv_whose_only_described_job_is_an_internship_reads_it_above_its_diplomas() {
    InputAnalysis a = analyzer.analyze("""
        Expérience professionnelle
        2017 : stage de six mois, Clinique des Tilleuls
        - Accueil des patients et prise des rendez-vous
        Depuis 2018 : Groupe Valmont
        Formation
        Licence de biologie, 2016
        """);
    // weights are relative to the leading described experience: the internship's line counts fully
    assertEquals(1.0, weightOf(a, "Accueil des patients"));
    assertTrue(weightOf(a, "Licence") < weightOf(a, "Accueil des patients"));
  }

  @Test
  void an_experience_header_sets_its_employer_and_dates_aside_not_its_title() {
    String text = """
        2019 – aujourd'hui : Développeur web, Berthier Immobilier
        - Développement d'applications web
        """;
    InputAnalysis a = analyzer.analyze(text);
    SegmentRole header = a.roles().get(0);
    assertEquals(Zone.EXPERIENCE, header.zone());
    assertEquals(Zone.EXPERIENCE.weight(), header.weightAt(text.indexOf("Développeur")));
    assertEquals(CvTimeline.CONTEXT, header.weightAt(text.indexOf("Immobilier")));
  }
}
