package fr.passerelles.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneTaggerTest {

  private final InputAnalyzer analyzer = new InputAnalyzer(NlpFixtures.models());

  private List<String> zones(String text) {
    InputAnalysis a = analyzer.analyze(text);
    return a.roles().stream().map(r -> r.zone().json()).toList();
  }

  @Test
  void a_job_ad_keeps_its_tasks_and_sets_aside_employer_contract_and_application() {
    String ad = """
        Conseiller clientèle à distance (F/H)
        Notre groupe, leader européen de l'assurance, compte plus de 5 000 collaborateurs.
        Vos missions :
        - Vous prenez en charge les appels entrants des clients et traitez leurs réclamations.
        Poste à pourvoir en CDI, temps plein, salaire 1 800 € brut mensuel, tickets restaurant.
        Pour postuler, envoyez CV et lettre de motivation à recrutement@exemple.fr
        """;
    assertEquals(List.of("task", "employer", "heading", "task", "contract", "application"), zones(ad));
  }

  @Test
  void a_cv_has_experience_headers_education_and_hobbies() {
    String cv = """
        Chargée d'assistance
        Expériences professionnelles
        2017 – 2025 : Chargée d'assistance, plateau voyage
        - Organisation des rapatriements sanitaires
        Formation
        2015 : BTS tourisme, lycée Jean Moulin
        Centres d'intérêt
        Randonnée, photographie
        """;
    assertEquals(List.of("task", "heading", "experience", "task", "heading", "education", "heading", "hobbies"),
        zones(cv));
  }

  @Test
  void a_task_whose_object_is_a_contract_or_a_schedule_stays_a_task() {
    // HR and planning jobs handle contracts and schedules: their task lines carry contract words
    assertEquals(List.of("task", "task"), zones("""
        - Construction des plannings et des cycles horaires, suivi des congés
        - Négociation des contrats d'assistance, portefeuille de 12 M€
        """));
  }

  @Test
  void a_title_line_with_its_contract_is_more_than_a_contract_line() {
    assertEquals(List.of("task"), zones("Nous recrutons un(e) Chargé(e) d'assistance médicale H/F en CDI pour notre plateau de Saint-Ouen."));
    assertEquals(List.of("contract"), zones("CDI, temps plein, 35 h, salaire 1 900 € brut, mutuelle."));
    // an ad's headline: the title with its gender mark and contract is a title, not a contract line
    assertEquals(List.of("task"), zones("Conseiller client à distance H/F - CDI"));
    assertEquals(List.of("task"), zones("Technicien de maintenance (F/H) – CDD 6 mois"));
    assertEquals(List.of("contract"), zones("CDI - H/F - 35 h"));
    // nor is it an application line for the reference it carries
    assertEquals(List.of("task"), zones("Infirmier·e Coordinateur·rice (F/H) (Réf : IDE2025)"));
    assertEquals(List.of("application"), zones("Réf : IDE2025, candidature avant le 15 mars"));
  }

  @Test
  void contact_lines_are_personal_and_a_task_without_contact_signs_is_not() {
    assertEquals(List.of("task", "personal", "personal", "personal", "task"), zones("""
        Conseillère clientèle
        06 12 34 56 78 – nadia.hammoudi@exemple.fr
        linkedin.com/in/nadia-hammoudi
        https://nadia-portfolio.exemple.fr
        Traitement des réclamations clients et suivi des litiges
        """));
  }

  @Test
  void the_seed_job_sheet_reads_as_tasks_only() throws Exception {
    String seed;
    try (var in = getClass().getResourceAsStream("/nlp/seed004_charge_assistance.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    InputAnalysis a = analyzer.analyze(seed);
    long tasks = a.roles().stream().filter(r -> r.zone() == Zone.TASK).count();
    assertTrue(tasks >= 0.8 * a.roles().size(), tasks + " task segments of " + a.roles().size());
  }

  @Test
  void a_line_states_an_action_in_the_readers_or_first_person_not_in_a_title_or_a_profile() {
    assertTrue(ZoneTagger.statesAnAction("Vous traitez les réclamations des clients."));
    assertTrue(ZoneTagger.statesAnAction("J'organise les rapatriements sanitaires"));
    assertFalse(ZoneTagger.statesAnAction("Conseiller client à distance H/F - CDI"));
    assertFalse(ZoneTagger.statesAnAction("Vous êtes titulaire d'un BTS"));
    assertFalse(ZoneTagger.statesAnAction("Je suis chargée d'assistance"));
  }

  @Test
  void a_line_opening_on_a_condition_is_a_contract_line_though_its_first_word_reads_as_a_verb() {
    // the tagger reads "Poste" (poster) and "Horaires" as openings; the line lists conditions
    assertEquals(List.of("contract", "contract"), zones("""
        Poste en CDI, période d'essai de deux mois renouvelable une fois.
        Horaires en équipe (2x8), travail un samedi sur deux, majoration des heures de nuit.
        """));
    // a CV's wish is a condition line unless it names the job wished for
    assertEquals(List.of("contract", "task"), zones("""
        Recherche un poste en CDI, temps plein
        Recherche un poste de chargée d'assistance en CDI
        """));
  }

  @Test
  void a_paragraph_of_conditions_takes_their_zone_as_a_whole_and_a_task_paragraph_does_not() {
    assertEquals(List.of("task", "task", "contract", "contract"), zones("""
        Vous organisez les rapatriements sanitaires.
        Nos locaux sont accessibles.

        Poste accessible aux personnes en situation de handicap (RQTH).
        Nos locaux sont accessibles.
        """));
  }

  @Test
  void a_task_heading_run_on_with_its_list_keeps_the_tasks_in_a_paragraph_of_conditions() {
    // a one-paragraph public-sector ad: the conditions around the list must not take it over
    assertEquals(List.of("task", "contract", "task", "contract", "application"), zones(
        "La mairie recrute un agent d'accueil (H/F). Emploi permanent, ouvert aux contractuels, catégorie C, filière administrative. "
            + "Missions : accueillir le public physiquement et au téléphone, renseigner et orienter les usagers, "
            + "tenir à jour les dossiers. Rémunération statutaire + régime indemnitaire. "
            + "Envoyez CV et lettre de motivation avant le 15/01."));
    // its contract words do not make the list a contract line
    assertEquals(List.of("task"), zones("Vos missions : gestion des contrats de travail, des salaires et des congés payés."));
    // a heading alone stays a heading; a profile run on is no task list
    assertEquals(List.of("heading", "task"), zones("Missions :\nAccueillir le public."));
    assertFalse(ZoneTagger.opensOnTaskHeading(ZoneTagger.fold("Profil : sens du service public, discrétion.")));
  }

  @Test
  void the_prose_before_an_ad_task_heading_is_the_employer_presentation_but_not_a_headline() {
    assertEquals(List.of("task", "employer", "heading", "task"), zones("""
        Chargé d'assistance (H/F)
        Le centre hospitalier de Pau, établissement public de santé de 800 lits, recrute.

        Vos missions
        Organise le rapatriement des patients.
        """));
    // in a CV "Expériences" is not an ad heading: its summary stays the person's own words
    assertEquals(List.of("task", "heading", "experience"), zones("""
        Chargée d'assistance depuis huit ans sur un plateau médical et voyage
        Expériences
        2017 – 2025 : Chargée d'assistance, plateau voyage
        """));
  }

  @Test
  void a_heading_named_with_its_article_opens_its_section() {
    // "La collectivité", "Le groupe", "La structure": the article is part of the name
    assertEquals(List.of("heading", "employer", "heading", "task"), zones("""
        La collectivité
        Rejoindre le Département, c'est intégrer une équipe de 2 700 agents au service des habitants.
        Vos missions
        Vous préparez les repas des collégiens avec le chef de cuisine.
        """));
  }

  @Test
  void the_other_task_headings_of_ads_start_the_tasks_again_after_the_employer() {
    for (String heading : List.of("Votre quotidien", "Ce que vous ferez", "Votre rôle", "Au quotidien :",
        "Finalité du poste", "Contenu de la fonction", "Descriptif de l'emploi", "Missions et activités",
        "Activités (sous l'autorité du chef d'équipe) :")) {
      assertEquals(List.of("heading", "employer", "heading", "task"), zones("Qui sommes-nous ?\n"
          + "Notre marque conçoit des robots de cuisine vendus dans toute l'Europe.\n"
          + heading + "\nEnregistrer les réclamations des clients et remonter les défauts à l'équipe qualité.\n"), heading);
    }
  }

  @Test
  void the_other_employer_headings_set_the_presentation_aside() {
    for (String heading : List.of("Présentation de la structure", "L'association", "Votre future équipe et son environnement",
        "Environnement du poste", "Contexte du recrutement")) {
      assertEquals(List.of("heading", "employer", "heading", "task"), zones(heading + "\n"
          + "Fondée en 1985, elle accueille chaque année 400 enfants dans ses trois centres de loisirs.\n"
          + "Vos missions\nVous animez les ateliers du mercredi après-midi.\n"), heading);
    }
  }

  @Test
  void belgiums_gender_mark_names_the_job_on_a_line_of_conditions() {
    assertEquals(List.of("task"), zones("Collaborateur Contact Center (m/f/x) - CDI, temps plein"));
  }

  @Test
  void a_short_line_opening_on_a_public_body_before_an_ad_task_heading_is_the_employer() {
    assertEquals(List.of("employer", "employer", "task", "heading", "task"), zones("""
        MINISTÈRE DES ARMÉES
        Le Département de la Gironde recrute
        Intitulé du poste : Formateur / Formatrice en bureautique et outils numériques

        Missions :
        Animer des formations en présentiel.
        """));
    // without an ad's task heading, or naming the job with its gender mark, it stays as it was
    assertEquals(List.of("task", "task"), zones("Centre hospitalier de Pau\nOrganise le rapatriement des patients."));
    assertEquals(List.of("task", "heading", "task"), zones("""
        Centre hospitalier de Pau – Technicien informatique H/F
        Missions :
        Installer les postes de travail.
        """));
  }

  @Test
  void a_line_with_a_span_of_years_is_an_experience_header_wherever_the_dates_stand() {
    assertEquals(List.of("experience", "task", "experience"), zones("""
        Conseillère clientèle chez Axa (2019 – aujourd'hui)
        - Traitement des réclamations
        Bénévolat, Restos du cœur, 2012 – 2014
        """));
  }

  @Test
  void contact_details_stay_personal_whatever_the_first_word() {
    assertEquals(List.of("personal"), zones("Profil LinkedIn : linkedin.com/in/sophie-lefevre"));
  }
  @Test
  void a_cv_header_run_on_with_contacts_is_personal_and_languages_with_hobbies_is_a_hobbies_heading() {
    assertEquals(List.of("personal", "heading", "task", "heading", "hobbies"), zones("""
        Léa Moreau, 39 ans, domiciliée à Pau lea.moreau@courriel.fr · 06 98 69 14 40 · Permis B, véhiculée
        Compétences
        - Accueil des clients
        Langues et centres d'intérêt
        Randonnée, photographie
        """));
  }

  @Test
  void a_line_opening_on_a_section_name_and_a_colon_is_that_section() {
    // under "Formation", a CV's run-on "Loisirs :" line is a hobby, not a diploma
    assertEquals(List.of("heading", "education", "hobbies", "application"), zones("""
        FORMATION
        2018 : Master 2 Gestion des ressources humaines, IAE Lille
        Loisirs : handball, théâtre amateur
        Contact : Laurent, exploitation, 02 54 00 00 00
        """));
    // a task label adds nothing: the line stays what its words say
    assertEquals(List.of("task"), zones("Missions : accueil des patients et prise de rendez-vous"));
  }

  @Test
  void a_task_that_names_linkedin_is_not_a_contact_line() {
    assertEquals(List.of("task"), zones("Recrutement de profils opérationnels : analyse des besoins avec les managers, "
        + "rédaction et diffusion des offres, sourcing sur jobboards et LinkedIn, entretiens"));
    assertEquals(List.of("personal"), zones("LinkedIn : linkedin.com/in/amandine-blanc"));
  }

  @Test
  void an_employer_that_invites_or_counts_its_staff_presents_itself() {
    assertEquals(List.of("employer"), zones("Rejoignez Routes Assistance, filiale d'un grand groupe mutualiste, qui organise "
        + "chaque année 400 000 dépannages et remorquages."));
    assertEquals(List.of("employer"), zones("Mondial Voyage Assistance – Plateau d'assistance de Saint-Ouen (300 collaborateurs, 24h/24)"));
    // the reader's own action with a head count is a task, a headline with its gender mark a title
    assertEquals(List.of("task"), zones("Vous encadrez une équipe de 15 personnes et organisez les plannings."));
    assertEquals(List.of("task"), zones("Chargé d'assistance (H/F) – plateau de 300 collaborateurs"));
  }

  @Test
  void a_start_up_ad_addresses_its_reader_familiarly_and_speaks_as_on() {
    // "tu" is the reader: "Ta mission" with "nos clients" is a task, not the employer speaking
    assertEquals(List.of("task"), zones("Ta mission : aider nos clients à utiliser la plateforme au quotidien."));
    assertEquals(List.of("task"), zones("Tu pilotes le renouvellement des contrats de nos clients grands comptes."));
    assertTrue(ZoneTagger.statesAnAction("Tu animeras les réseaux sociaux de la marque"));
    assertFalse(ZoneTagger.statesAnAction("Tu as des notions de SQL"));
    // "on" is the employer's voice when the line presents it
    assertEquals(List.of("employer"), zones("Chez Kodiak, on accompagne 300 PME dans leur transformation numérique."));
    assertEquals(List.of("employer"), zones("Cabinet de conseil à taille humaine (30 consultants), on travaille pour des clients du CAC 40."));
  }

  @Test
  void a_sports_line_is_a_hobby_and_a_package_a_condition() {
    assertEquals(List.of("hobbies"), zones("Sports : handball en club, natation"));
    assertEquals(List.of("contract"), zones("Ce qu'on t'offre : carte déjeuner, BSPCE, remboursement du vélo."));
    assertEquals(List.of("contract"), zones("Fixe 40 K€ + variable déplafonné."));
  }
}
