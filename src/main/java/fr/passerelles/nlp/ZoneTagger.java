package fr.passerelles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells, segment by segment, which part of a CV or job ad the text is in ({@link Zone}). Two kinds of
 * cue, both general French recruitment usage rather than anything learnt from one set of texts:
 *
 * <ol>
 *   <li>Section headings ("Formation", "Centres d'intérêt", "Qui sommes-nous ?", "Avantages") set the
 *       zone of the segments that follow, until the next heading; task headings ("Missions",
 *       "Compétences", "Expériences") set it back to {@link Zone#TASK}.
 *   <li>Line cues: a contract, pay or application phrase; contact details; a diploma; the employer
 *       speaking of itself in the first person plural without addressing the reader ("Notre groupe
 *       est leader…", while "Vous rejoignez notre équipe et traitez…" stays a task); a CV line that
 *       starts with dates is an {@link Zone#EXPERIENCE} header.
 * </ol>
 *
 * A segment with an action verb addressed to the reader or in the first person singular stays a
 * task whatever its cue words, so "Vous gérez les contrats des salariés" is not taken for a
 * contract line. Thread-safe and stateless.
 */
public final class ZoneTagger {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");

  /**
   * The other ways ads head their tasks ("Ce que vous ferez", "Votre rôle", "Descriptif de
   * l'emploi", Belgian "Contenu de la fonction", "Missions et activités"): each starts the task
   * section again after an employer's or a contract's heading. They do not end an employer's
   * opening prose ({@link #introBeforeAdHeading}): an ad may describe its job there.
   */
  private static final String MORE_AD_TASK_HEADINGS =
      "missions? (et|&) activites|(missions?|activites)( principales)? du poste|missions? / conditions d'exercice|"
      + "ce que vous ferez|(au )?quotidien|role|finalite( du poste)?|"
      + "(descriptif|description) (de l'emploi|de la mission|des missions|de l'offre|de l'annonce|du job)|"
      + "contenu (de la fonction|du poste)";

  /** The other ways ads head their employer's presentation ("Présentation de la structure", "L'association", "Votre future équipe"). */
  private static final String MORE_EMPLOYER_HEADINGS =
      "presentation (de l'employeur|de la structure|de la collectivite|de l'association|de l'etablissement|du service|de la societe|du groupe)|"
      + "l'association|association|l'etablissement|l'organisation|(future )?equipe( et son environnement)?|"
      + "environnement( du poste| de travail)?|contexte( du poste| du recrutement)?";

  /** Headings: the whole segment, folded, is one of these (with an optional possessive). */
  private static final List<HeadingCue> HEADINGS = List.of(
      heading(Zone.TASK, MORE_AD_TASK_HEADINGS + "|missions?( principales)?|vos missions|activites?( principales)?|taches|"
          + "responsabilites|vos responsabilites|descriptif( du poste)?|description( du poste)?|le poste|"
          + "poste|profil( recherche)?|votre profil|competences( cles| techniques)?|savoir[- ]faire|"
          + "savoir[- ]etre|qualites( requises)?|experiences?( professionnelles?)?|parcours( professionnel)?|"
          + "resume|profil professionnel|objectif( professionnel)?|langues|outils|informatique|"
          + "connaissances|atouts|competences linguistiques"),
      heading(Zone.EDUCATION, "formations?|formations? et diplomes|diplomes?( et formations?)?|etudes|"
          + "cursus|parcours (scolaire|academique)|certifications?|formation initiale"),
      heading(Zone.HOBBIES, "centres? d'interets?|loisirs|hobbies|passions|interets|activites extra[- ]?professionnelles|"
          + "vie associative|benevolat|divers|sports?( et loisirs)?|langues,? (et )?(centres? d'interets?|loisirs|interets|hobbies|passions|divers)"),
      heading(Zone.EMPLOYER, MORE_EMPLOYER_HEADINGS + "|qui sommes[- ]nous|l'entreprise|entreprise|a propos( de nous)?|notre entreprise|"
          + "presentation( de l'entreprise)?|le groupe|notre societe|la societe|l'employeur|employeur|"
          + "la structure|le service|la collectivite"),
      heading(Zone.CONTRACT, "avantages|conditions( de travail| d'emploi)?|remuneration|salaire|"
          + "informations complementaires|infos pratiques|type de contrat|contrat|statut|horaires|"
          + "ce que nous offrons|nous vous offrons|ce que nous proposons|pourquoi nous rejoindre|"
          + "ce qu'on (t'|vous )?(offre|propose)|ce que l'on (t'|vous )?(offre|propose)|nos avantages|package"),
      heading(Zone.APPLICATION, "candidature|pour postuler|comment postuler|postuler|modalites de candidature|"
          + "processus de recrutement|contact|contacts|personne a contacter"),
      heading(Zone.PERSONAL, "coordonnees|informations personnelles|etat civil|contact"));

  private static final CuePattern CONTRACT = folded(
      "\\b(cdi|cdd|interim|temps (plein|partiel)|contrat (a duree|de travail|d'apprentissage|de professionnalisation)|"
      + "type de contrat|salaire|remuneration|brut|(\\d[\\d\\s]*|k)\\s?(€|euros?)\\b|€|"
      + "tickets? restaurants?|titres? restaurants?|mutuelle|rtt|prime|13e mois|"
      + "teletravail|horaires?|\\d+\\s?h(eures)?( par| /| hebdo)|35\\s?h|"
      + "poste a pourvoir|a pourvoir|prise de poste|emploi permanent|contractuels?|titulaires?|"
      + "fonctionnaires?|categorie [abc]\\b|cadre d'emplois|grade|statut|date limite|lieu de travail|"
      + "poste base|basee? a|localisation|duree (du contrat|hebdomadaire)|experience exigee|"
      + "niveau d'etudes|debutants? accepte|convention collective|avantages|periode d'essai|astreintes?|"
      + "forfait jours?|cheques? (vacances|dejeuner)|action sociale|prevoyance|abonnement de transport|"
      + "restaurant d'entreprise|conges payes|interessement|renouvelable|duree de la mission|demarrage|"
      + "situation de handicap|rqth|nous (vous )?(offrons|proposons)|regime indemnitaire)");

  private static final CuePattern APPLICATION = folded(
      "\\b(postuler|postulez|candidature|candidater|cv (et|\\+) lettre|lettre de motivation|envoyez|"
      + "adressez|merci d'adresser|reference (de l'offre|a rappeler)|ref\\s?:|entretiens? (d'embauche|de recrutement)|"
      + "processus de recrutement|jury|recrutement par voie|rejoignez[- ]nous|vous souhaitez nous rejoindre|"
      + "pour tout renseignement|renseignements? aupres|vous pouvez contacter|si votre profil|"
      + "cette offre vous|pretentions salariales)");

  /**
   * A line that opens on the topic of a condition ("Poste en CDI…", "Horaires en équipe…",
   * "Rémunération statutaire…"): a contract line even when the tagger reads its first word as a
   * verb ("poste", "permis") or the line lists many conditions.
   */
  private static final CuePattern CONDITION_LEAD = folded(
      "^(le |la |les |l')?(poste (en|a|ouvert|accessible|base|de categorie|vacant)|"
      + "contrat (a duree|de travail|d'apprentissage|de professionnalisation|en|cdi|cdd)|remuneration|salaires?\\b|"
      + "horaires?\\b|permis [abc]\\b|titulaire d(u|es) permis|statut\\b|avantages?\\b|duree (du contrat|de la mission|hebdomadaire)|"
      + "demarrage|prise de poste|date limite|lieu de travail|type de contrat|temps (plein|partiel|de travail|non complet)|"
      + "conditions\\b|emploi (permanent|saisonnier)|mission d'interim|cdi\\b|cdd\\b|"
      + "fixe\\b|package\\b|locaux\\b)");

  private static final Pattern PERSONAL = Pattern.compile(
      "[\\w.+-]+@[\\w-]+\\.[\\w.]+|(?:\\+33|0)\\s?[1-9](?:[\\s.-]?\\d{2}){4}|https?://|www\\.|linkedin\\.|linkedin\\s?:",
      Pattern.CASE_INSENSITIVE);

  private static final CuePattern PERSONAL_WORDS = folded(
      "\\b(permis [abc]|permis moto|vehiculee?|nee? le|\\d{2} ans\\b(?! d'experience)|nationalite|situation familiale|mariee?|"
      + "celibataire|pacsee?|divorcee?|references\\s?:?\\s?sur demande|disponible (immediatement|a partir|des)|"
      + "mobilite (regionale|nationale|geographique)|domicile\\s?:|adresse\\s?:|curriculum vitae)");

  private static final CuePattern EDUCATION = folded(
      "\\b(diplomee?s?|diplome|master|licence|bts|dut|bachelor|baccalaureat|bac\\s?\\+\\s?\\d|bac (pro|s|es|l|stmg)\\b|"
      + "doctorat|these|universite|ecole|iut|lycee|cap|bep|dea|dess|mba|titre professionnel|mention (bien|tres bien|assez bien))\\b");

  /** The employer speaking, formally or as start-ups write ("on recrute", "chez nous, on aide 1 200 PME"). */
  private static final CuePattern EMPLOYER_VOICE = folded("\\b(nous|notre|nos|on)\\b");
  /** The reader addressed, formally or familiarly as start-ups do ("Tu suis un portefeuille…", "Ta mission"). */
  private static final CuePattern READER_VOICE = folded("\\b(vous|votre|vos|je|j'|j|tu|ta|ton|tes|toi)\\b");
  private static final CuePattern EMPLOYER_WORDS = folded(
      "\\b(leader|groupe|filiale|entreprise|societe|cree|creee|fondee?|collaborateurs|salaries|"
      + "chiffre d'affaires|implantee?|presente? (dans|en|sur)|acteur|specialiste|reseau de|agences?|"
      + "sites?|clients|partenaires|valeurs|depuis \\d{4}|plus de \\d+|pme|start-?ups?|scale-?ups?|esn)\\b");

  /** A CV line that starts with a date or a date range. */
  private static final Pattern LEADING_DATE = Pattern.compile(
      "^\\s*(?:(?:depuis|de|du|d'|en|ete|été)\\s+)?(?:\\p{L}+\\.?\\s+)?(?:\\d{1,2}[/.-])?(?:19|20)\\d{2}\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A CV's wish ("Recherche un poste en CDI, temps plein"): a condition line when it names no job
   * ("Recherche un poste de chargée d'assistance" does, and stays a task); "recherche" opens it as
   * a verb, but it states no task and its word would pull the research sheets.
   */
  private static final CuePattern SEEKING = folded(
      "^(je )?(recherche|cherche) (un|une|d'un|d'une) (nouveau |nouvel )?(poste|emploi|cdi|cdd|contrat|stage|alternance|mission)\\b");

  /** A span of years anywhere in a line: "2012 – 2014", "(2019 - aujourd'hui)", "de 2015 à 2018". */
  private static final CuePattern DATE_RANGE = folded(
      "\\b(19|20)\\d{2}\\s*(-|–|—|a|au|/)\\s*((\\p{L}+\\.?\\s+)?(19|20)\\d{2}\\b|aujourd'hui|ce jour|present|maintenant|auj|\\))"
      + "|\\bdepuis (\\p{L}+\\.?\\s+)?(19|20)\\d{2}\\b");

  /** A reader- or first-person action ("vous gérez", "j'organise", "je traite"): a task, whatever the cues. */
  private static final CuePattern ACTION_VOICE = folded(
      "\\b(vous|je|j')\\s*(\\w+ )?(\\w+(ez|e|es|is|it|ons))\\b");

  /**
   * The familiar reader's action, as start-ups write their ads ("Tu onboardes les nouveaux comptes",
   * "tu suis un portefeuille", "tu animeras les réseaux"): the verb right after the pronoun, so that
   * "tu as des notions" is read as a state, not as an action on "des".
   */
  private static final CuePattern FAMILIAR_ACTION = folded("\\btu (\\w+(e|es|is|s|x|t))\\b");

  private static final java.util.Set<String> STATE_VERBS = java.util.Set.of(
      "etes", "suis", "avez", "ai", "disposez", "dispose", "possedez", "possede", "justifiez", "justifie",
      "beneficiez", "beneficie", "percevez", "souhaitez", "souhaite", "recherche", "recherchez", "serez",
      "pouvez", "peux", "devez", "dois", "es", "titulaire",
      "as", "seras", "auras", "veux", "sais", "souhaites", "recherches", "maitrises", "disposes", "possedes");

  /**
   * The gender mark French law asks of a job offer's title: "H/F", "F/H", "(h/f)", "H-F"; Belgium's
   * "(m/f/x)" and the third, non-binary mark ("H/F/X") are the same.
   */
  private static final CuePattern JOB_MARKER =
      folded("(^|[\\s(\\[-])(h\\s?[/-]\\s?f|f\\s?[/-]\\s?h|m\\s?/\\s?f)(\\s?/\\s?x)?($|[\\s)\\],.-])");

  private record HeadingCue(Zone zone, Pattern pattern) {}

  // the patterns of heading(), compiled once (String.replaceAll compiles at every call)
  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:.!?•*#=_-]+$");
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s•*#=_-]+");
  private static final Pattern POSSESSIVE = Pattern.compile("^(vos|votre|nos|notre|mes|mon|ma|les|la|le) ");

  public List<Zone> tag(List<Segment> segments) {
    return tag(segments, new boolean[segments.size()]);
  }

  /**
   * @param startsWithAction per segment, whether it opens on an action ("Construction des
   *     plannings…", "Négocier les contrats…"): such a line is a task even when its object is a
   *     contract, a schedule or a diploma
   */
  public List<Zone> tag(List<Segment> segments, boolean[] startsWithAction) {
    return tag(null, segments, startsWithAction);
  }

  /**
   * With the text, two structural rules follow the line cues: a paragraph (lines between blank
   * lines) of conditions takes their zone as a whole ({@link #byParagraph}), and the presentation
   * before an ad's first task heading is the employer's ({@link #introBeforeAdHeading}).
   */
  public List<Zone> tag(String text, List<Segment> segments, boolean[] startsWithAction) {
    // each segment folded once: the structural rules read the same lines again
    List<String> folded = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      folded.add(fold(s.text()));
    }
    List<Zone> zones = lineZones(segments, folded, startsWithAction);
    if (text != null) {
      introBeforeAdHeading(segments, folded, zones);
      headerBeforeMarkedTitle(segments, folded, zones);
      byParagraph(text, segments, folded, zones, startsWithAction);
    }
    return zones;
  }

  private List<Zone> lineZones(List<Segment> segments, List<String> folded, boolean[] startsWithAction) {
    List<Zone> zones = new ArrayList<>(segments.size());
    Zone section = Zone.TASK;
    for (int index = 0; index < segments.size(); index++) {
      Segment s = segments.get(index);
      String f = folded.get(index);
      Zone heading = heading(f);
      if (heading != null) {
        zones.add(Zone.HEADING);
        section = heading;
        continue;
      }
      if (opensOnTaskHeading(f)) {
        // "Missions : accueillir le public…": the ad's tasks run on after their heading, whatever
        // contract words the list holds ("gestion des contrats et des salaires")
        zones.add(Zone.TASK);
        continue;
      }
      Zone label = inlineLabel(f);
      if (label != null) {
        zones.add(label);
        continue;
      }
      boolean action = isAction(f);
      Zone cue = lineCue(s.text(), f, action);
      boolean conditionLead = !action && (CONDITION_LEAD.lookingAt(f)
          || SEEKING.lookingAt(f) && residualWords(SEEKING.matcher(f).replaceFirst(" ")) < 2);
      if (conditionLead && cue != Zone.PERSONAL) {
        cue = Zone.CONTRACT;
      }
      if ((cue == Zone.CONTRACT || cue == Zone.APPLICATION) && JOB_MARKER.find(f) && residualWords(f) >= 1) {
        // "Conseiller client à distance H/F - CDI", "Infirmier coordinateur (F/H) (Réf : IDE2025)":
        // an ad's headline names the job, whatever contract or reference it carries
        cue = null;
      }
      boolean contact = cue == Zone.PERSONAL && mayBePersonal(s.text()) && PERSONAL.matcher(s.text()).find();
      if (!conditionLead && !contact && (cue == Zone.CONTRACT || cue == Zone.EDUCATION || cue == Zone.PERSONAL)) {
        if (startsWithAction[zones.size()] || residualWords(f) >= MIN_RESIDUAL) {
          cue = null; // the line says more than its contract, diploma or contact cue
        }
      }
      if (cue == Zone.EXPERIENCE) {
        // An experience header belongs to the experience section, but not within the education section.
        zones.add(section == Zone.EDUCATION ? Zone.EDUCATION : Zone.EXPERIENCE);
        if (section != Zone.EDUCATION && section != Zone.HOBBIES) {
          section = Zone.TASK;
        }
        continue;
      }
      zones.add(cue != null ? cue : section);
    }
    return zones;
  }

  /**
   * A paragraph of at least two lines, none stating or opening on an action, at least half of them
   * conditions, application or contact lines: its other lines are of the same kind ("Nos locaux
   * sont accessibles." beside "Poste accessible aux personnes en situation de handicap"). Ads set
   * their conditions apart so; a paragraph of tasks always has an action line.
   */
  private static void byParagraph(String text, List<Segment> segments, List<String> folded, List<Zone> zones,
      boolean[] startsWithAction) {
    int from = 0;
    for (int i = 1; i <= segments.size(); i++) {
      if (i == segments.size() || blankLineBetween(text, segments.get(i - 1), segments.get(i))) {
        voteParagraph(folded, zones, startsWithAction, from, i);
        from = i;
      }
    }
  }

  private static void voteParagraph(List<String> folded, List<Zone> zones, boolean[] startsWithAction, int from, int to) {
    int lines = 0;
    java.util.Map<Zone, Integer> set = new java.util.EnumMap<>(Zone.class);
    for (int i = from; i < to; i++) {
      Zone z = zones.get(i);
      if (z == Zone.HEADING) {
        continue;
      }
      lines++;
      if (z == Zone.CONTRACT || z == Zone.APPLICATION || z == Zone.PERSONAL) {
        set.merge(z, 1, Integer::sum);
      } else if (z == Zone.TASK && (startsWithAction[i] || isAction(folded.get(i)) || opensOnTaskHeading(folded.get(i)))) {
        return; // a task paragraph
      }
    }
    int cued = set.values().stream().mapToInt(Integer::intValue).sum();
    if (lines < 2 || cued * 2 < lines) {
      return;
    }
    Zone major = set.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    for (int i = from; i < to; i++) {
      if (zones.get(i) == Zone.TASK) {
        zones.set(i, major);
      }
    }
  }

  private static boolean blankLineBetween(String text, Segment a, Segment b) {
    int newlines = 0;
    for (int k = a.end(); k < b.start() && k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        if (++newlines >= 2) {
          return true;
        }
      } else if (!Character.isWhitespace(c)) {
        newlines = 0; // a bullet between two lines
      }
    }
    return false;
  }

  /**
   * An ad that opens on prose before its first task heading ("Vos missions", "Le poste") opens on
   * its employer: a sentence there (eight words or more) that neither addresses the reader nor
   * names the job with its gender mark nor states an action is the employer's presentation ("Le
   * centre hospitalier de Pau, établissement public de 800 lits, recrute."), whatever its field.
   */
  private static void introBeforeAdHeading(List<Segment> segments, List<String> folded, List<Zone> zones) {
    int heading = -1;
    for (int i = 0; i < segments.size() && heading < 0; i++) {
      if (zones.get(i) == Zone.HEADING && AD_TASK_HEADING.matcher(headingKey(folded.get(i))).matches()) {
        heading = i;
      }
    }
    for (int i = 0; i < heading; i++) {
      if (zones.get(i) != Zone.TASK) {
        continue;
      }
      String f = folded.get(i);
      boolean presents = words(f) >= 8 || ORGANISATION_LEAD.lookingAt(f);
      if (presents && !READER_VOICE.find(f) && !JOB_MARKER.find(f) && !TITLE_LABEL.lookingAt(f)
          && !statesAnAction(segments.get(i).text())) {
        zones.set(i, Zone.EMPLOYER);
      }
    }
  }

  /**
   * An ad whose title carries the gender mark the law asks of it ("RESPONSABLE DE PLATEAU (H/F)")
   * names its job there: the short lines above it, without the mark, are the header of the
   * employer or of the agency that posts it ("CABINET ALTIMÈTRE CONSEIL – Recrutement & approche
   * directe", "GROUPE HÉLIANTHE – Assurance, Prévoyance, Assistance"), whose words are a field, not
   * the job. A line there that addresses the reader, states an action, is labelled as the title or
   * is a contract line keeps its zone; so does the employer's line that says whom it recruits
   * (read as such by the title recogniser).
   */
  private static void headerBeforeMarkedTitle(List<Segment> segments, List<String> folded, List<Zone> zones) {
    int title = -1;
    for (int i = 0; i < segments.size() && title < 0; i++) {
      if (zones.get(i) == Zone.TASK && JOB_MARKER.find(folded.get(i)) && residualWords(folded.get(i)) >= 1) {
        title = i;
      }
    }
    for (int i = 0; i < title; i++) {
      String f = folded.get(i);
      if (zones.get(i) == Zone.TASK && !READER_VOICE.find(f) && !TITLE_LABEL.lookingAt(f)
          && !statesAnAction(segments.get(i).text())) {
        zones.set(i, Zone.EMPLOYER);
      }
    }
  }

  /** A label naming the job ("Intitulé du poste : Formateur / Formatrice en bureautique"): the ad's title line. */
  private static final CuePattern TITLE_LABEL = folded("^(intitule( du poste)?|poste|emploi|fonction|metier)\\s*:");

  /**
   * A line that opens on a public body or an institution ("CENTRE HOSPITALIER DE …", "MINISTÈRE
   * DES ARMÉES", "Le Département de la Gironde recrute", "Établissement support : CHU …"): in an
   * ad's opening, the employer's name however short, never the job's title, which does not open
   * on its employer. The job it recruits for after its verb is still read as the posted title.
   */
  private static final CuePattern ORGANISATION_LEAD = folded(
      "^(le |la |l'|les )?(ministeres?|prefecture|mairie|ville d|commune d|communaute (de communes|d'agglomeration|urbaine)|"
      + "metropole|departement|conseil (departemental|regional)|region |centre hospitalier|centre ministeriel|"
      + "chu|chi|hopital|hopitaux|groupement|ght|etablissement|universite|chambre (d'agriculture|de commerce|de metiers|des metiers|regionale)|"
      + "ccas|cooperative|union (des|de)|office (public|de)|secretariat general|"
      + "caisse (primaire|d'allocations|nationale|regionale)|direction (generale|regionale|departementale|interministerielle))\\b");

  /**
   * A line that opens on an ad's task heading and a colon, then says at least three words: the
   * heading run on with its list, as one-paragraph ads and pasted offers write it ("Missions :
   * accueillir le public, instruire les demandes…"). A heading alone is {@link Zone#HEADING}.
   */
  static boolean opensOnTaskHeading(String f) {
    int colon = f.indexOf(':');
    if (colon <= 0 || colon > 40) {
      return false;
    }
    String key = headingKey(f.substring(0, colon));
    return key != null && AD_TASK_HEADING.matcher(key).matches() && words(f.substring(colon + 1)) >= 3;
  }

  /** The task headings of a job ad (not a CV's "Expériences" or "Compétences"). */
  private static final Pattern AD_TASK_HEADING = Pattern.compile(
      "missions?( principales)?|vos missions|descriptif( du poste)?|description( du poste)?|le poste|poste|"
      + "activites principales|responsabilites|vos responsabilites|taches");

  /**
   * Content words a line has beside its contract, diploma and contact cues: "Chargé(e) d'assistance
   * médicale H/F en CDI pour notre plateau" names a job, "CDI, temps plein, 1 800 € brut" does not.
   */
  static int residualWords(String f) {
    String rest = removed(CONTRACT, f);
    rest = removed(EDUCATION, rest);
    rest = removed(PERSONAL_WORDS, rest);
    int n = 0;
    var m = WORD.matcher(rest);
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 4 && !w.chars().allMatch(Character::isDigit) && !FILLERS.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static String removed(CuePattern cue, String f) {
    return cue.mayMatch(f) ? cue.matcher(f).replaceAll(" ") : f;
  }

  /** A title and a qualifier: five content words make a line more than its cue. */
  static final int MIN_RESIDUAL = 5;

  private static final java.util.Set<String> FILLERS = java.util.Set.of(
      "pour", "avec", "dans", "sans", "votre", "notre", "vous", "nous", "leur", "leurs", "cette", "sont",
      "etre", "avoir", "plus", "tres", "selon", "possible", "souhaite", "souhaitee", "exige", "exigee",
      "exiges", "requis", "requise", "apprecie", "appreciee", "minimum", "mois", "annee", "annees", "semaine");

  /** The zone a line's own words put it in, or null when they say nothing. */
  static Zone lineCue(String raw, String f) {
    return lineCue(raw, f, isAction(f));
  }

  private static Zone lineCue(String raw, String f, boolean action) {
    if (LEADING_DATE.matcher(raw).lookingAt()) {
      // "2010-2016 : mécanicien automobile (Bac pro MV)" is a job; "2012 : BTS assurance" a diploma
      String outsideBrackets = BRACKETS.matcher(f).replaceAll(" ");
      return EDUCATION.find(outsideBrackets) ? Zone.EDUCATION : Zone.EXPERIENCE;
    }
    if (mayBePersonal(raw) && PERSONAL.matcher(raw).find()
        && (words(f) < 12 || !action && !APPLICATION.find(f))) {
      // a CV's contact lines run on when wrapped together ("Léa Moreau lea.moreau@… · 06 … · Permis B")
      return Zone.PERSONAL;
    }
    if (!action && hasYear(f) && words(f) <= 14 && DATE_RANGE.find(f)) {
      // "Bénévolat, Résidences Azur, 2012 – 2014", "Conseillère chez Axa (2019 – aujourd'hui)"
      String outsideBrackets = BRACKETS.matcher(f).replaceAll(" ");
      return EDUCATION.find(outsideBrackets) ? Zone.EDUCATION : Zone.EXPERIENCE;
    }
    if (!action) {
      if (APPLICATION.find(f)) {
        return Zone.APPLICATION;
      }
      if (CONTRACT.find(f)) {
        return Zone.CONTRACT;
      }
      if (PERSONAL_WORDS.find(f) && words(f) < 8) {
        return Zone.PERSONAL;
      }
      if (EDUCATION.find(f) && words(f) < 16) {
        return Zone.EDUCATION;
      }
    }
    if (EMPLOYER_VOICE.find(f) && !READER_VOICE.find(f) && EMPLOYER_WORDS.find(f)) {
      return Zone.EMPLOYER;
    }
    if (!action && !JOB_MARKER.find(f) && (JOIN_US.lookingAt(f) && EMPLOYER_WORDS.find(f) || HEADCOUNT.find(f))) {
      return Zone.EMPLOYER;
    }
    return null;
  }

  /**
   * A line that opens on a section's name and a colon ("Loisirs : handball", "Formation : BTS MUC",
   * "Contact : Laurent, 02 54…") is that section's in one line; task labels ("Profil :") add
   * nothing to the default and are left to the other cues, an ad's task list run on after its
   * heading ("Missions : …") to {@link #opensOnTaskHeading}.
   */
  static Zone inlineLabel(String f) {
    int colon = f.indexOf(':');
    if (colon <= 0 || colon > 30) {
      return null;
    }
    Zone z = heading(f.substring(0, colon));
    return z == null || z == Zone.TASK ? null : z;
  }

  /** "Rejoignez Routes Assistance, filiale d'un grand groupe…": an employer inviting, then presenting itself. */
  private static final CuePattern JOIN_US = folded("^(rejoignez|rejoindre|integrez|integrer) ");

  /**
   * A staff count ("(300 collaborateurs, 24h/24)", "PME de 40 personnes") in a line that states no
   * action is the employer's presentation; "vous encadrez une équipe de 15 personnes" states one.
   */
  private static final CuePattern HEADCOUNT = folded(
      "\\b\\d[\\d\\s]*\\s(collaborateurs|collaboratrices|salaries|agents|employes|personnes|consultants)\\b");

  /** Whether a line has four digits in a row, which {@link #DATE_RANGE} needs: most lines have none. */
  private static boolean hasYear(String f) {
    int run = 0;
    for (int i = 0; i < f.length(); i++) {
      run = Character.isDigit(f.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@link #PERSONAL} can match: each of its alternatives needs an "@", a digit or one of
   * its words. Most lines have none, and the pattern's e-mail part backtracks over every word.
   */
  private static boolean mayBePersonal(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '@' || Character.isDigit(c)) {
        return true;
      }
    }
    String lower = raw.toLowerCase(Locale.ROOT);
    return lower.contains("http") || lower.contains("www.") || lower.contains("linkedin");
  }

  /**
   * Whether a line states an action in the reader's or the first person ("vous traitez les
   * réclamations", "j'organise…"): a task, never a job title, however short.
   */
  public static boolean statesAnAction(String line) {
    String f = fold(line);
    if (familiarAction(f)) {
      return true;
    }
    return hasActionVerb(ACTION_VERB, 2, f);
  }

  /**
   * The verb right after the pronoun: "je suis chargée d'assistance" names a job ("suis" is a
   * state), where the task rule above, which allows a word between, reads "chargée" as the verb.
   */
  private static final CuePattern ACTION_VERB = folded("\\b(vous|je|j')\\s*(\\w+(ez|e|es|is|it|ons))\\b");

  /** "vous gérez", "je traite": a task line; "vous êtes titulaire", "vous avez" describe the person. */
  private static boolean isAction(String f) {
    if (familiarAction(f)) {
      return true;
    }
    return hasActionVerb(ACTION_VOICE, 3, f);
  }

  private static boolean familiarAction(String f) {
    return hasActionVerb(FAMILIAR_ACTION, 1, f);
  }

  /** Whether the pattern meets, in its group {@code verb}, a verb that is no state ("êtes", "as"). */
  private static boolean hasActionVerb(CuePattern pattern, int verb, String f) {
    if (!pattern.mayMatch(f)) {
      return false;
    }
    var m = pattern.matcher(f);
    while (m.find()) {
      if (!STATE_VERBS.contains(m.group(verb))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line is a section heading ("Vos missions", "Qui sommes-nous ?"): it never wraps on. */
  static boolean isHeading(String line) {
    return heading(fold(line)) != null;
  }

  private static Zone heading(String folded) {
    String whole = bareHeading(folded);
    if (whole == null) {
      return null;
    }
    String h = POSSESSIVE.matcher(whole).replaceFirst("");
    for (HeadingCue cue : HEADINGS) {
      // "La collectivité", "Le groupe": the article is part of these names, though not of "Vos missions"
      if (cue.pattern().matcher(h).matches() || h.length() < whole.length() && cue.pattern().matcher(whole).matches()) {
        return cue.zone();
      }
    }
    return null;
  }

  /** A heading's words without marks around them nor a possessive, or null when too long for one. */
  private static String headingKey(String folded) {
    String whole = bareHeading(folded);
    return whole == null ? null : POSSESSIVE.matcher(whole).replaceFirst("");
  }

  /** A heading's words without marks around them nor its bracketed aside, or null when too long for one. */
  private static String bareHeading(String folded) {
    String h = withoutMarks(withoutAside(folded));
    return h.isEmpty() || h.length() > 45 ? null : h;
  }

  /** A heading's aside in brackets ("Activités (sous l'autorité du responsable d'équipe) :") is not its name. */
  private static String withoutAside(String folded) {
    int open = folded.indexOf('(');
    return open > 0 && folded.indexOf(')', open) > open ? BRACKETS.matcher(folded).replaceAll(" ") : folded;
  }

  /**
   * The line without its leading and trailing runs of marks, stripped: {@link #TRAILING_MARKS}
   * then {@link #LEADING_MARKS} removed, without running them on every line (the regexes stay the
   * reference for a text with a line terminator, where {@code $} also matches before it).
   */
  static String withoutMarks(String folded) {
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return LEADING_MARKS.matcher(TRAILING_MARKS.matcher(folded).replaceAll("")).replaceAll("").strip();
      }
    }
    int end = folded.length();
    while (end > 0 && (TextFold.isRegexSpace(folded.charAt(end - 1)) || ":.!?•*#=_-".indexOf(folded.charAt(end - 1)) >= 0)) {
      end--;
    }
    int start = 0;
    while (start < end && (TextFold.isRegexSpace(folded.charAt(start)) || "•*#=_-".indexOf(folded.charAt(start)) >= 0)) {
      start++;
    }
    return folded.substring(start, end).strip();
  }

  /** The reference of {@link #withoutMarks}, for its test. */
  static String withoutMarksByRegex(String folded) {
    return LEADING_MARKS.matcher(TRAILING_MARKS.matcher(folded).replaceAll("")).replaceAll("").strip();
  }

  private static int words(String f) {
    int n = 0;
    var m = WORD.matcher(f);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Lower case, no accents, typographic apostrophes made plain, spaces collapsed. */
  public static String fold(String text) {
    return TextFold.fold(text);
  }

  private static HeadingCue heading(Zone zone, String alternatives) {
    return new HeadingCue(zone, Pattern.compile("(?:" + alternatives + ")"));
  }

  /** The line cues, for the test that their anchors never change a match. */
  static List<CuePattern> cues() {
    return List.of(CONTRACT, APPLICATION, CONDITION_LEAD, PERSONAL_WORDS, EDUCATION, EMPLOYER_VOICE, READER_VOICE,
        EMPLOYER_WORDS, SEEKING, DATE_RANGE, ACTION_VOICE, FAMILIAR_ACTION, JOB_MARKER, ACTION_VERB, JOIN_US, HEADCOUNT,
        ORGANISATION_LEAD, TITLE_LABEL);
  }

  /** A cue over folded text: lower case without accents, so its literals are the anchors. */
  private static CuePattern folded(String regex) {
    return CuePattern.compile(regex);
  }
}
