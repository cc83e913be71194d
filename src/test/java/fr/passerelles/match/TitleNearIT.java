package fr.passerelles.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.TestEngine;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code titleNear} on the full ROME release: a title written otherwise than any appellation. */
class TitleNearIT {
  private static List<SheetMatch> rome(String text) {
    return TestEngine.get().textMatcher().match(text, MatchOptions.DEFAULT.withLimit(20).withType(SheetType.ROME)).matches();
  }

  @Test
  void a_title_worded_otherwise_is_nearest_its_sheet() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // no appellation reads "Conseiller client à distance"; D1408's reads "… clientèle à distance"
    List<SheetMatch> ranked = rome("Conseiller client à distance");
    SheetMatch nearest = ranked.stream().max(Comparator.comparingDouble(m -> m.features().titleNear())).orElseThrow();
    assertEquals("D1408", nearest.id(), ranked.toString());
    assertTrue(nearest.features().titleNear() >= 0.6, nearest.features().toString());
    assertEquals("D1408", ranked.get(0).id());
  }

  @Test
  void a_long_task_line_is_not_compared_with_the_names() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    List<SheetMatch> ranked = rome("Je prends en charge les appels entrants des clients, je traite leurs réclamations "
        + "et je propose des solutions adaptées à chaque demande dans notre outil de gestion.");
    assertTrue(ranked.stream().allMatch(m -> m.features().titleNear() == 0), ranked.toString());
  }

  @Test
  void a_short_line_stating_an_action_names_no_job() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    List<SheetMatch> task = rome("Vous traitez les réclamations des clients.");
    assertTrue(task.stream().allMatch(m -> m.features().titleNear() == 0 && !m.features().named()), task.toString());
    List<SheetMatch> title = rome("Conseiller client à distance");
    assertTrue(title.stream().allMatch(m -> m.features().named()), title.toString());
  }

  @Test
  void a_title_typed_alone_counts_though_the_zones_take_it_for_a_personal_line() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // "véhicules" makes the zone tagger read a personal line (a driving licence, a car): typed
    // alone, the line is the title sought, not a detail of the person
    List<SheetMatch> ranked = rome("Loueur / Loueuse de véhicules");
    assertEquals("D1204", ranked.get(0).id(), ranked.toString());
    assertTrue(ranked.get(0).features().named(), ranked.get(0).features().toString());
  }

  @Test
  void a_title_typed_alone_names_a_job_though_its_sheet_is_not_near_one_name() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // no appellation is written so; the first sheet (K1206, "Animateur coordinateur socioculturel")
    // shares only "coordinateur" with its names
    List<SheetMatch> ranked = rome("Coordinateur des bénévoles de festival");
    assertTrue(ranked.get(0).features().titleNear() < Matcher.NAMED_NEAR, ranked.get(0).toString());
    assertTrue(ranked.stream().allMatch(m -> m.features().named()), ranked.toString());
    // and its sheets are weighed by their several near names, not by one
    assertTrue(ranked.stream().anyMatch(m -> m.features().titleNeighbours() > 0), ranked.toString());
  }

  @Test
  void a_text_that_names_no_job_has_no_neighbours_signal() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    List<SheetMatch> ranked = rome("Vous traitez les réclamations des clients.\nVous rejoignez une équipe dynamique.");
    assertTrue(ranked.stream().allMatch(m -> !m.features().named() && m.features().titleNeighbours() == 0), ranked.toString());
  }

  @Test
  void a_title_before_a_colon_names_the_job_of_a_long_line() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // one sentence, so no short line: the head before the colon is the title, and D1436's names
    // ("… de régulation médicale (ARM)") are nearer it than "médecin régulateur" inside the sentence
    List<SheetMatch> ranked = rome("Assistante de régulation médicale : je reçois les appels destinés aux "
        + "médecins régulateurs et je localise les patients.");
    assertEquals("D1436", ranked.get(0).id(), ranked.toString());
    assertTrue(ranked.get(0).features().named(), ranked.get(0).features().toString());
    // a head that states an action is no title
    List<SheetMatch> task = rome("Je traite les réclamations : appels entrants, courriers et litiges des clients de la banque.");
    assertTrue(task.stream().noneMatch(m -> m.features().named()), task.toString());
  }

  @Test
  void a_length_of_experience_is_no_part_of_the_name() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    double plain = nearOf("D1408", rome("Téléconseiller bancaire"));
    double withYears = nearOf("D1408", rome("Téléconseiller bancaire – 7 ans d'expérience"));
    assertEquals(plain, withYears, 1e-9);
  }

  private static double nearOf(String id, List<SheetMatch> ranked) {
    return ranked.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(ranked.toString()))
        .features().titleNear();
  }

  private static SheetMatch titleMatch(String text, String sheet) {
    return rome(text).stream().filter(m -> m.id().equals(sheet) && m.recognizedTitle() != null).findFirst()
        .orElseThrow(() -> new AssertionError(sheet + " has no recognised title in: " + text));
  }

  private static double titleScore(String text, String sheet) {
    return rome(text).stream().filter(m -> m.id().equals(sheet) && m.recognizedTitle() != null)
        .mapToDouble(m -> m.recognizedTitle().score()).findFirst().orElse(0);
  }

  @Test
  void a_headline_title_fills_its_part_not_the_line_its_contract_and_place_share() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    String headline = "ÉDUCATEUR(TRICE) SPÉCIALISÉ(E) – CDI temps plein – CCN 66";
    double alone = titleScore("Éducateur(trice) spécialisé(e)", "K1207");
    assertTrue(alone > 0.7, "alone " + alone);
    assertEquals(alone, titleScore(headline, "K1207"), 1e-9);
    assertEquals("K1207", rome(headline).get(0).id());
    // a date range is no separator: "2010 – 2025" stays one part with the job it dates
    double dated = titleScore("2010 – 2025 : Aide-soignante, Clinique Saint-Gatien, Tours", "J1501");
    double undated = titleScore("Aide-soignante, Clinique Saint-Gatien, Tours", "J1501");
    assertTrue(dated > 0 && dated < undated, dated + " vs " + undated);
  }

  @Test
  void a_headline_title_ends_at_its_gender_mark_or_its_contract() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // real ads run the contract on after the title with no dash (session 20, a third-party ad):
    // the line as a whole was under the nearness that names a job, so the text was read as unnamed
    for (String headline : new String[] {"Éducateur·rice spécialisé·e (H/F) en CDI à temps partiel (75%)",
        "Éducateur spécialisé H/F en CDD de 6 mois", "Éducateur spécialisé F/H à mi-temps, poste basé à Rouen"}) {
      List<SheetMatch> ranked = rome(headline);
      SheetMatch k1207 = ranked.stream().filter(m -> m.id().equals("K1207")).findFirst().orElseThrow();
      assertTrue(k1207.features().titleNear() >= Matcher.NAMED_NEAR, headline + " " + k1207.features());
      assertTrue(k1207.features().named(), headline);
      assertEquals("K1207", ranked.get(0).id(), headline + " " + ranked);
    }
  }

  @Test
  void the_title_an_ad_posts_leads_its_employers_presentation() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // an association's presentation speaks of children and young people: by its words alone the
    // early-childhood sheets come first; the ad posts a specialised educator (session 20's
    // third-party ads: the ad is about the job it posts)
    String presentation = """
        Depuis 1962, l'association Les Tilleuls accueille des enfants et des adolescents confiés par         l'aide sociale à l'enfance, dans trois maisons d'enfants à caractère social.
        Nos équipes accompagnent chaque jour les enfants dans leur scolarité, leurs loisirs et leurs         liens avec leurs familles.
        """;
    List<SheetMatch> posted = rome(presentation + "Nous recherchons un.e :\n"
        + "Éducateur·rice spécialisé·e (H/F) en CDI à temps partiel\nPoste à pourvoir dès que possible");
    assertEquals("K1207", posted.get(0).id(), posted.toString());
    assertTrue(posted.get(0).recognizedTitle().posted());
    // the same job mentioned inside a sentence is a colleague, not the post: it does not lead
    List<SheetMatch> mentioned = rome(presentation
        + "Vous travaillerez au quotidien avec l'éducateur spécialisé de la maison et la psychologue.");
    assertTrue(mentioned.stream().noneMatch(m -> m.recognizedTitle() != null && m.recognizedTitle().posted()),
        mentioned.toString());
  }

  @Test
  void a_texts_headline_or_a_labelled_title_is_the_post_it_is_about() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // third-party ads and job pages open on their title with no F/H mention (session 21): the
    // presentation's words alone rank the early-childhood sheet first
    String presentation = """
        L'association Les Tilleuls gère trois crèches multi-accueil et un relais petite enfance où les jeunes enfants de moins de six ans sont accueillis chaque jour.
        Nos équipes accompagnent les tout-petits dans leur éveil, leurs jeux et leurs premiers apprentissages, en lien avec les parents.
        """;
    for (String text : new String[] {"Éducateur spécialisé - 2 postes\n" + presentation,
        "Fiche de poste – Éducateur spécialisé\n" + presentation,
        presentation + "Intitulé du poste : Éducateur spécialisé\nPoste à pourvoir dès que possible"}) {
      List<SheetMatch> ranked = rome(text);
      assertEquals("K1207", ranked.get(0).id(), text + " " + ranked);
      assertTrue(ranked.get(0).recognizedTitle().posted(), text);
    }
    // the same line after the presentation, with no label, is not the text's headline
    List<SheetMatch> inBody = rome(presentation + "Éducateur spécialisé\nPoste à pourvoir dès que possible");
    assertEquals("K1202", inBody.get(0).id(), inBody.toString());
    assertTrue(inBody.stream().noneMatch(m -> m.recognizedTitle() != null && m.recognizedTitle().posted()), inBody.toString());
    // a title typed alone has no body to outvote it: not posted, the fusion ranks it
    assertTrue(rome("Éducateur spécialisé").stream()
        .noneMatch(m -> m.recognizedTitle() != null && m.recognizedTitle().posted()));
  }

  @Test
  void a_name_without_its_acronym_posted_with_its_reference_leads() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // ROME names J1510 "Infirmier coordinateur / Infirmière coordinatrice (IDEC)" only; the ad's
    // headline carries no acronym but its reference (session 22, a third-party ad); an NGO's
    // presentation of its health mediation otherwise ranks the mediators' sheets first
    String text = """
        Lieu
        Le Port-Sainte-Anne
        Infirmier·e Coordinateur·rice (F/H) (Réf : IDE2026)
        L'association Santé Pour Tous mène depuis vingt ans des actions de médiation en santé et de prévention auprès des habitants des quartiers prioritaires.
        Nos médiateurs accompagnent les familles vers les droits et les soins, en lien avec les centres de santé et les collectivités.
        """;
    List<SheetMatch> ranked = rome(text);
    assertEquals("J1510", ranked.get(0).id(), ranked.toString());
    assertTrue(ranked.get(0).recognizedTitle().posted(), ranked.get(0).recognizedTitle().toString());
  }

  @Test
  void a_recruitment_notice_names_the_job_after_its_noun() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    String sentence = "Pour assurer une bonne gestion du projet, il est nécessaire de renforcer l'équipe par %s Assistant(e) Comptable.";
    double recruited = titleScore(String.format(sentence, "le recrutement d'un(e)"), "M1213");
    double mentioned = titleScore(String.format(sentence, "l'arrivée d'un(e)"), "M1213");
    assertTrue(recruited > 0.4, "recruited " + recruited);
    assertTrue(recruited > mentioned, recruited + " vs " + mentioned);
  }

  @Test
  void the_words_announcing_a_post_are_not_the_recruiters_job() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // "recrutement" is M1502's own word (Chargé de recrutement): announcing a post, it tied the
    // accountant's sheet with the recruiter's (0.355 each) before the announcement was set aside
    List<SheetMatch> ranked = rome("""
        Avis de recrutement d'un(e) Assistant(e) Comptable
        Vous saisissez les factures fournisseurs, rapprochez les relevés bancaires et préparez les déclarations de TVA.
        """);
    assertEquals("M1213", ranked.get(0).id(), ranked.toString());
    assertTrue(ranked.get(0).recognizedTitle().posted(), ranked.get(0).recognizedTitle().toString());
    SheetMatch recruiter = ranked.stream().filter(m -> m.id().equals("M1502")).findFirst().orElse(null);
    assertTrue(recruiter == null || recruiter.score() < ranked.get(0).score() / 3, ranked.toString());
    // with nothing but its contract beside it, the notice's words ranked Panéliste (M1421: "avis")
    // first and no driver in the first three; the post is the driver's
    List<SheetMatch> driver = rome("""
        Avis de recrutement d'un chauffeur
        Contrat à durée déterminée de 12 mois, poste basé à Brazzaville.
        """);
    assertTrue(driver.subList(0, 3).stream().allMatch(m -> m.id().startsWith("N41")), driver.toString());
  }

  @Test
  void a_job_mentioned_inside_a_sentence_counts_half_unless_recruited_or_aimed_at() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    String words = "consignes transmises aux équipes de transport sanitaire pour chaque patient rapatrié de l'étranger";
    double opening = titleScore("Médecin régulateur : " + words, "J1108");
    double mention = titleScore("Les " + words + " viennent du médecin régulateur", "J1108");
    assertTrue(opening > 0.4, "opening " + opening);
    assertEquals(opening * TitleRecognizer.MENTION_FACTOR, mention, 0.02, "mention " + mention);
    assertTrue(titleScore("Nous recrutons un médecin régulateur pour les " + words, "J1108") > mention);
    assertTrue(titleScore("Je souhaite devenir médecin régulateur et suivre les " + words, "J1108") > mention);
  }

  @Test
  void a_job_the_person_states_is_the_one_the_text_is_about() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // a sentence too long to be compared with the names as a title line
    String words = " depuis dix ans dans un EHPAD de la banlieue lyonnaise, auprès des résidents, de leurs familles,"
        + " des infirmières et de l'équipe de nuit";
    SheetMatch stated = titleMatch("Bonjour, je suis aide-soignante" + words, "J1501");
    assertTrue(stated.recognizedTitle().posted(), stated.recognizedTitle().toString());
    double mention = titleScore("Les résidents et l'aide-soignante" + words, "J1501");
    assertTrue(stated.recognizedTitle().score() > mention, stated.recognizedTitle() + " vs " + mention);
    assertTrue(titleMatch("Mon métier d'aide-soignante" + words, "J1501").recognizedTitle().posted());
    // a past job a CV names is not its writer's job today
    SheetMatch past = titleMatch("Expérience en tant qu'aide-soignante" + words, "J1501");
    assertTrue(!past.recognizedTitle().posted(), past.recognizedTitle().toString());
  }

  @Test
  void a_person_named_with_their_job_posts_it_as_their_own_words_do() {
    String words = " depuis dix ans dans un EHPAD de la banlieue lyonnaise, auprès des résidents, de leurs familles,"
        + " des infirmières et de l'équipe de nuit";
    for (String named : List.of("Dans la vie Martine est aide-soignante", "Je vous présente Martine, 46 ans, aide-soignante",
        "Martine, aide-soignante")) {
      SheetMatch m = titleMatch(named + words, "J1501");
      assertTrue(m.recognizedTitle().posted(), named + ": " + m.recognizedTitle());
    }
    // a name's capital is what tells it: a word before a comma is not a person
    SheetMatch listed = titleMatch("Les résidents, aide-soignante" + words, "J1501");
    assertTrue(!listed.recognizedTitle().posted(), listed.recognizedTitle().toString());
    // an employer on a CV's experience line is no person (NamedPersonTest has the rest)
    SheetMatch employer = titleMatch("2015 – 2019 : Résidence Darrieux, aide-soignante" + words, "J1501");
    assertTrue(!employer.recognizedTitle().posted(), employer.recognizedTitle().toString());
  }

  @Test
  void a_stated_job_fills_its_statement_however_long_the_sentence() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    String words = " : dix ans que je suis dans le métier, en intérim sur les chantiers du CHU, et ça me plaît comme ça.";
    for (String stated : List.of("Dans la vie Bertrand est plombier", "Bonjour, je suis plombier",
        "Bonjour, je suis actuellement plombier")) {
      List<SheetMatch> ranked = rome(stated + words);
      assertEquals("F1603", ranked.get(0).id(), stated + ": " + ranked);
      RecognizedTitle title = ranked.get(0).recognizedTitle();
      assertTrue(title.posted() && title.score() >= Matcher.POSTED_TITLE_MIN, stated + ": " + title);
    }
    // the same word inside the sentence, no statement before it: how much of the line it fills counts
    double mention = titleScore("Sur le chantier, le plombier" + words, "F1603");
    assertTrue(mention < Matcher.POSTED_TITLE_MIN, "mention " + mention);
  }

  @Test
  void a_title_opening_a_line_with_the_ads_mention_fills_its_line() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // the qualifier names where the post is, not another job: the crèche's words must not outvote it
    String body = "\nLa commune recrute pour ses trois crèches municipales.\n"
        + "Vous observez les enfants accueillis, soutenez les équipes éducatives auprès des jeunes enfants et recevez les familles.";
    List<SheetMatch> ranked = rome("Psychologue en établissement d'accueil du jeune enfant (h/f)" + body);
    assertEquals("K1104", ranked.get(0).id(), ranked.toString());
    RecognizedTitle title = ranked.get(0).recognizedTitle();
    assertTrue(title.posted() && title.score() >= Matcher.POSTED_TITLE_MIN, String.valueOf(title));
    // without the mention the same line's title keeps the share of the line it fills
    double unmarked = titleScore("Psychologue en établissement d'accueil du jeune enfant" + body, "K1104");
    assertTrue(unmarked < Matcher.POSTED_TITLE_MIN, "unmarked " + unmarked);
  }

  @Test
  void a_stated_trade_word_titles_the_sheets_whose_names_it_opens_without_leading() {
    assumeTrue(TestEngine.withRome(), "needs the ROME release");
    // no appellation is the bare "électricien"; four ROME names open on it
    List<SheetMatch> ranked = rome("Je vous présente Steve, électricien dans une entreprise du bâtiment depuis dix ans :"
        + " il tire les câbles, pose les tableaux et met aux normes les installations des maisons neuves.");
    SheetMatch building = ranked.stream().filter(m -> m.id().equals("F1602")).findFirst().orElseThrow(() -> new AssertionError(ranked.toString()));
    RecognizedTitle title = building.recognizedTitle();
    assertTrue(title != null && !title.posted() && title.score() >= 0.5, String.valueOf(title));
    assertTrue(title.name().startsWith("Electricien"), title.name());
    // a name after the head is the job: "médecin" opens Médecin conseil's name, "vétérinaire" is a name
    List<SheetMatch> vet = rome("Je vous présente Lucien, médecin vétérinaire dans une clinique rurale depuis vingt ans.");
    assertTrue(vet.stream().noneMatch(m -> m.id().equals("K1402") && m.recognizedTitle() != null), vet.toString());
  }
}
