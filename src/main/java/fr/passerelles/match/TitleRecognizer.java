package fr.passerelles.match;

import fr.passerelles.analysis.GenderFormNormalizer;
import fr.passerelles.index.TitleDictionary;
import fr.passerelles.nlp.RecruitingAnnouncement;
import fr.passerelles.nlp.Zone;
import fr.passerelles.nlp.ZoneTagger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Job titles written in the input, recognised against every title and appellation the indexes
 * know ({@link TitleDictionary}). A title is a signal of its own: "Conseillère clientèle à
 * distance" names D1408 however the tasks below it are worded. A title counts most when it is the
 * whole line (a CV's heading, an ad's title, an experience header) and when it is specific (a
 * three-word appellation says more than "assistant"); it counts by its segment's weight, so the
 * title of a student job twelve years ago says little.
 */
final class TitleRecognizer {
  private final TitleDictionary titles;
  /** The terms of a surface text read without the synonyms: whether a title was written as found. */
  private final Function<String, List<String>> literalTerms;

  TitleRecognizer(TitleDictionary titles, Function<String, List<String>> literalTerms) {
    this.titles = titles;
    this.literalTerms = literalTerms;
  }

  /**
   * The titles found: each sheet's best, and the weight the title's own words keep wherever they
   * stand (offset of a word → weight): "Chargé(e) d'assistance H/F en CDI" is a contract line
   * whose title still names the job.
   */
  record Found(Map<Integer, RecognizedTitle> bySheet, Map<Integer, Double> wordWeights, Map<Integer, Double> near,
      Map<Integer, Double> neighbours, boolean alone) {
    static final Found NONE = new Found(Map.of(), Map.of(), Map.of(), Map.of(), false);
  }

  /** Lines longer than this are tasks or sentences, not a title to compare with the names. */
  static final int NEAR_MAX_TERMS = 10;

  /**
   * How much a title counts in each zone: fully where it names the job sought or held; half in a
   * diploma ("Diplôme d'État infirmier", "BTS assistant de manager"); not at all in an employer's
   * presentation, a hobby or the application instructions.
   */
  static double titleFactor(Zone zone) {
    return switch (zone) {
      case TASK, EXPERIENCE, CONTRACT -> 1.0;
      case EDUCATION -> 0.5;
      default -> 0.0;
    };
  }

  Found recognise(SpanSlicer whole, MatchInput input) {
    Map<Integer, RecognizedTitle> best = new HashMap<>();
    Map<Integer, Double> wordWeights = new HashMap<>();
    TitleDictionary.Nearness near = titles.nearness();
    boolean alone = false;
    for (int s = 0; s < input.segments().size(); s++) {
      Zone zone = input.role(s).zone();
      TextSpan segment = input.segments().get(s);
      boolean typedAlone = input.segments().size() == 1;
      // "Le centre hospitalier … recrute un(e) acheteur(se)": the employer's line names the posted job
      // after its recruiting verb, and only there
      boolean recruitingOnly = titleFactor(zone) == 0 && !typedAlone && zone != Zone.PERSONAL;
      // a CV's name line may carry its headline after a dash ("Isabelle Roche – Infirmière DE"): a title
      // opening one of its parts after the first (the name's) is the person's, the contact details are not
      boolean personalHeadline = zone == Zone.PERSONAL && !typedAlone;
      boolean restricted = recruitingOnly || personalHeadline;
      if (recruitingOnly && (zone != Zone.EMPLOYER || !RECRUITS_IN_LINE.matcher(ZoneTagger.fold(segment.text())).find())) {
        continue;
      }
      List<List<TextSpan>> tokens = new ArrayList<>();
      // neither a length of experience nor the words announcing the post ("Avis de recrutement
      // d'un(e)") are part of a name: "recrutement" would bring the recruiter's own names near
      List<int[]> announced = announcement(segment);
      List<int[]> skipped = new ArrayList<>(durations(segment));
      skipped.addAll(announced);
      List<Set<String>> positions = positions(whole.slice(segment), tokens, skipped);
      if (positions.isEmpty()) {
        continue;
      }
      // a short line is compared with the names unless it states an action ("vous traitez les
      // réclamations des clients" is a task, however near "chargé de relation client" its words are)
      boolean nameLike = !restricted && positions.size() <= NEAR_MAX_TERMS && !ZoneTagger.statesAnAction(segment.text());
      // the timeline's part only: a header or a contract line names the job as well as a task line;
      // a short line typed alone has no context to be an employer's or a hobby ("Loueur de véhicules")
      double weight = restricted ? 1
          : typedAlone && nameLike ? 1 : titleFactor(zone) * Math.min(1, input.role(s).weight() / zone.weight());
      if (weight == 0) {
        continue;
      }
      alone = typedAlone && nameLike;
      if (nameLike) {
        near.addLine(positions, weight);
      } else if (!restricted) {
        addHead(whole, segment, weight, near);
      }
      // a short line of an ad (its headline) is cut in parts; a sentence is not, nor a CV's experience
      // header, whose parts are an employer and a place
      int[] part = nameLike && zone != Zone.EXPERIENCE || personalHeadline ? parts(segment, tokens) : new int[tokens.size()];
      int[] partSize = partSizes(part);
      if (partSize.length > 1 && !restricted) {
        addParts(positions, part, partSize.length, weight, near);
      }
      int head = nameLike && zone == Zone.TASK ? titleHead(segment, tokens) : 0;
      if (head > 0) {
        near.addLine(positions.subList(0, head), weight);
      }
      List<TitleDictionary.Hit> names = titles.find(positions);
      // the ad's F/H mention, read once per line for each of its titles
      boolean marked = !names.isEmpty() && GenderFormNormalizer.sexMentionEnd(segment.text()) >= 0;
      for (TitleDictionary.Hit hit : names) {
        boolean opensHere = opensPart(segment, tokens, part, hit.start());
        if (recruitingOnly && !(hit.start() > 0 && opensHere)) {
          continue; // the employer's own words, not the job it recruits for
        }
        if (personalHeadline && (part[hit.start()] == 0 || hit.start() > 0 && part[hit.start() - 1] == part[hit.start()])) {
          continue; // the name itself ("BOULANGER Paul"), or a word inside an address
        }
        boolean opens = nameLike || opensHere;
        if (!opensHere && pluralMention(segment, tokens.get(hit.start()).get(0))) {
          // "en lien avec les chargés d'assistance", "prospection d'experts-comptables", and in a line
          // short enough to read as a title, "Encadrement d'une équipe de 14 chargés d'assistance": others' jobs
          continue;
        }
        int p0 = part[hit.start()];
        boolean onePart = part[hit.end() - 1] == p0;
        // after "je suis …" or a person's name, the statement says the title is the job, however long the
        // line; so does an ad's F/H mention on the line the title opens: the rest qualifies the post
        boolean stated = statedOwnJob(segment, tokens, part, hit.start());
        double coverage = stated || marked && startsPart(part, hit.start()) ? 1
            : hit.length() / (double) (onePart ? partSize[p0] : positions.size());
        boolean literal = literal(hit, tokens, input.text());
        double score = weight * specificity(hit.length()) * (0.5 + 0.5 * coverage)
            * (literal ? 1 : SYNONYM_FACTOR)
            * (opens ? 1 : MENTION_FACTOR);
        List<TextSpan> highlights = highlight(hit, tokens, weight, wordWeights);
        boolean headline = s == 0 && !typedAlone && !recruitingOnly && literal;
        boolean posted = !personalHeadline && (posted(segment, tokens, part, hit.start(), headline, marked, stated)
            || !announced.isEmpty() && hit.start() == 0 && RECRUITS.matcher(lineBefore(segment, tokens, 0)).find());
        RecognizedTitle signal = new RecognizedTitle(round(score), segment, hit.name(), highlights, posted);
        for (int sheet : hit.sheets()) {
          best.merge(sheet, signal, (a, b) -> a.score() >= b.score() ? a : b);
        }
      }
      if (!restricted) {
        addStatedHeads(segment, tokens, positions, part, names, weight, input.text(), best, wordWeights);
      }
    }
    Map<Integer, Double> nearBySheet = near.bySheet();
    return best.isEmpty() && nearBySheet.isEmpty() && !alone ? Found.NONE
        : new Found(best, wordWeights, nearBySheet, near.neighboursBySheet(), alone);
  }

  /**
   * A headline's parts ("ÉDUCATEUR(TRICE) SPÉCIALISÉ(E) – CDI temps plein – CCN 66", "Superviseur
   * de plateau | Nantes"): the part of each position, separators being a dash or a bar between
   * spaces. A title fills its part, not the whole line its contract and place share.
   */
  private static int[] parts(TextSpan segment, List<List<TextSpan>> tokens) {
    int[] part = new int[tokens.size()];
    var m = PART_SEPARATOR.matcher(segment.text());
    List<Integer> cuts = new ArrayList<>(2);
    while (m.find()) {
      cuts.add(segment.start() + m.start());
    }
    if (cuts.isEmpty()) {
      return part;
    }
    for (int p = 0; p < part.length; p++) {
      int at = tokens.get(p).get(0).start();
      int k = 0;
      while (k < cuts.size() && cuts.get(k) < at) {
        k++;
      }
      part[p] = k;
    }
    return part;
  }

  /** The number of positions in each part that has any, indexed by part (empty parts count 0). */
  private static int[] partSizes(int[] part) {
    int max = -1;
    for (int p : part) {
      max = Math.max(max, p);
    }
    int[] size = new int[max + 1];
    for (int p : part) {
      size[p]++;
    }
    int nonEmpty = 0;
    for (int n : size) {
      nonEmpty += n > 0 ? 1 : 0;
    }
    if (nonEmpty > 1) {
      return size;
    }
    java.util.Arrays.fill(part, 0); // one part holds every word: the line is whole
    return new int[] {part.length};
  }

  /**
   * The positions of an ad's title before its gender mark or its contract, run on without a dash
   * ("Éducateur·rice spécialisé·e (H/F) en CDI à temps partiel (75%)"): compared with the names
   * as a line of their own, since the contract's words dilute the whole line's nearness; 0 when
   * the line has no such tail or opens on it.
   */
  private static int titleHead(TextSpan segment, List<List<TextSpan>> tokens) {
    int mention = GenderFormNormalizer.sexMentionEnd(segment.text());
    int end = mention < 0 ? Integer.MAX_VALUE : mention;
    var m = CONTRACT_TAIL.matcher(segment.text());
    if (m.find()) {
      end = Math.min(end, m.start());
    }
    int at = segment.start() + Math.min(end, segment.text().length());
    int head = 0;
    while (head < tokens.size() && tokens.get(head).get(0).start() < at) {
      head++;
    }
    return head < tokens.size() ? head : 0;
  }

  /** Each short part of a headline is compared with the names as a line of its own. */
  private static void addParts(List<Set<String>> positions, int[] part, int parts, double weight,
      TitleDictionary.Nearness near) {
    for (int k = 0; k < parts; k++) {
      List<Set<String>> of = new ArrayList<>();
      for (int p = 0; p < positions.size(); p++) {
        if (part[p] == k) {
          of.add(positions.get(p));
        }
      }
      if (!of.isEmpty() && of.size() <= NEAR_MAX_TERMS) {
        near.addLine(of, weight);
      }
    }
  }

  /**
   * Whether a title found in a sentence opens it (or one of its parts, or follows a recruiting verb:
   * "Nous recrutons un(e) chargé(e) d'assistance", a stated aim, or the person's own job: "je suis
   * aide-soignante"): a title further in is a job the text mentions
   * ("les consignes du médecin régulateur", "expérience en tant que chargé d'assistance"), most
   * often not the one it is about.
   */
  private static boolean opensPart(TextSpan segment, List<List<TextSpan>> tokens, int[] part, int start) {
    if (startsPart(part, start)) {
      return true;
    }
    String head = partBefore(segment, tokens, start);
    return RECRUITS.matcher(head).find() || TARGET.matcher(head).find() || STATED.matcher(head).find()
        || NamedPerson.endsOnName(before(segment, tokens, start))
        || head.endsWith(":") && head.split("\\s+").length <= 3; // "Poste : chargé d'assistance"
  }

  /**
   * A name's head right after a person's statement of their own job ("je suis infirmière", "Steve*,
   * électricien dans la construction"): no appellation is the bare word, so it is a title of each
   * sheet whose name it opens, scored as a stated title is but not posted (so posted, it led with the
   * wrong one of its sheets: docs/quality.md), and the fusion weighs it with the text's other words.
   * Where a longer name stands over it, or a name after it in its part, the name is the job; a name
   * of the same words (a branch métier's "électricien(ne)") leaves it to the other sheets.
   */
  private void addStatedHeads(TextSpan segment, List<List<TextSpan>> tokens, List<Set<String>> positions, int[] part,
      List<TitleDictionary.Hit> names, double weight, String text, Map<Integer, RecognizedTitle> best,
      Map<Integer, Double> wordWeights) {
    for (int p = 1; p < positions.size(); p++) {
      // the statement first: heads of common words ("responsable", "agent") open hundreds of names
      if (!titles.opensHead(positions.get(p)) || !statedOwnJob(segment, tokens, part, p)) {
        continue;
      }
      int at = p;
      List<TitleDictionary.Hit> heads = titles.headsAt(positions, p);
      // a longer name over the head, or one after it in its part, is the job stated ("médecin vétérinaire")
      if (heads.isEmpty() || names.stream().anyMatch(h -> h.start() <= at && at < h.end() && h.length() > heads.get(0).length()
          || h.start() > at && part[h.start()] == part[at])) {
        continue;
      }
      TitleDictionary.Hit first = heads.get(0);
      double score = weight * specificity(first.length()) * (literal(first, tokens, text) ? 1 : SYNONYM_FACTOR);
      List<TextSpan> highlights = highlight(first, tokens, weight, wordWeights);
      for (TitleDictionary.Hit head : heads) {
        RecognizedTitle signal = new RecognizedTitle(round(score), segment, head.name(), highlights, false);
        best.merge(head.sheets().get(0), signal, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
  }

  /** The title's words, each counted at the line's weight in {@code wordWeights}. */
  private static List<TextSpan> highlight(TitleDictionary.Hit hit, List<List<TextSpan>> tokens, double weight,
      Map<Integer, Double> wordWeights) {
    List<TextSpan> highlights = new ArrayList<>();
    for (int p = hit.start(); p < hit.end(); p++) {
      highlights.addAll(tokens.get(p));
      for (TextSpan t : tokens.get(p)) {
        wordWeights.merge(t.start(), weight, Math::max);
      }
    }
    return List.copyOf(highlights);
  }

  /** Whether a title at {@code start} opens its line or a part of it. */
  private static boolean startsPart(int[] part, int start) {
    return start == 0 || part[start - 1] != part[start];
  }

  /**
   * Whether a title follows, in the same part of its line, a person's statement of their own job:
   * "je suis …", "je travaille comme …" ({@link #STATED}) or their name ({@link NamedPerson}).
   */
  private static boolean statedOwnJob(TextSpan segment, List<List<TextSpan>> tokens, int[] part, int start) {
    // at a line's first position ("Je suis commerciale chez…", the statement's words being stop words)
    // the title keeps the share of its line it fills: so tried, it led with generic titles (docs/quality.md)
    return start > 0 && part[start - 1] == part[start]
        && (STATED.matcher(partBefore(segment, tokens, start)).find() || NamedPerson.endsOnName(before(segment, tokens, start)));
  }

  /**
   * Whether a title is the job an ad posts: it opens a line that carries the F/H mention the law
   * asks of an ad ("Éducateur·rice spécialisé·e (H/F) en CDI"), follows a recruiting verb or noun
   * ("Nous recrutons un(e) …", "le recrutement d'un(e) …") or a label naming the post ("Intitulé du
   * poste : …"), or opens the text's first line, alone or after the document's own heading ("Fiche
   * de poste – Sommelier / Sommelière"): an ad, a fiche de poste and a job page open on the job they
   * are about. A person's own words post theirs as well ("je suis conseillère clientèle…", {@link
   * #STATED}, {@link NamedPerson}). The headline counts only when {@code headline} says the text has a body to outvote it
   * and the title is met literally (a synonym's hit on a headline is too loose to lead); {@code
   * marked} says the line carries the mention, {@code stated} that a person's statement precedes the
   * title ({@link #statedOwnJob}), each read once by the caller.
   */
  private static boolean posted(TextSpan segment, List<List<TextSpan>> tokens, int[] part, int start, boolean headline,
      boolean marked, boolean stated) {
    if (headline && (start == 0 || DOCUMENT_HEADING.matcher(lineBefore(segment, tokens, start)).find())) {
      return true;
    }
    if (startsPart(part, start)) {
      return marked;
    }
    String before = partBefore(segment, tokens, start);
    return RECRUITS.matcher(before).find() || POSTED_LABEL.matcher(before).find() || stated;
  }

  /**
   * A person stating their own job right before its title ("je suis conseillère clientèle…", "je
   * suis actuellement agent de bibliothèque", "je travaille comme cariste", "mon métier d'assistante
   * parlementaire"): the job a first-person text is about, as a posted title is an ad's.
   */
  private static final Pattern STATED = Pattern.compile(
      "\\b(?:je\\s+suis(?:\\s+(?:devenue?|actuellement|aujourd'hui|maintenant|desormais))?"
      + "|je\\s+travaille\\s+(?:comme|en\\s+tant(?:\\s+que)?)|je\\s+suis\\s+embauchee?\\s+comme"
      // an elided "d'" stays on the title's first word ("d'aide-soignante"), so it may be missing here
      + "|j'exerce\\s+(?:le\\s+metier|la\\s+profession|la\\s+fonction)(?:\\s+d(?:e\\s+|'))?|mon\\s+metier(?:\\s+d(?:e\\s+|'))?)"
      + "\\s*(?:(?:un|une|le|la)\\s+|l')?$");

  /** A label naming the post right before its title: "Intitulé du poste :", "Poste à pourvoir :", "Offre d'emploi :". */
  private static final Pattern POSTED_LABEL = Pattern.compile(
      "(?:^|\\s)(?:(?:intitule|titre|libelle|nom)\\s+(?:du|de\\s+l'|de\\s+la)\\s*(?:poste|emploi|offre|fonction|metier)"
      + "|poste(?:\\s+(?:propose|a\\s+pourvoir|vise|recherche))?|offre\\s+d'emploi|emploi(?:\\s+propose)?|fonction)\\s*:\\s*$");

  /** A document's own heading before the title on its first line: "Fiche de poste –", "Offre d'emploi :". */
  private static final Pattern DOCUMENT_HEADING = Pattern.compile(
      "^(?:fiche\\s+(?:de\\s+)?(?:poste|fonction|metier)|offre\\s+d'emploi|annonce|profil\\s+de\\s+poste"
      + "|description\\s+(?:de|du)\\s+poste)\\s*[-–—|:]\\s*$");

  /** The line's text before a position. */
  private static String before(TextSpan segment, List<List<TextSpan>> tokens, int start) {
    int to = Math.min(segment.text().length(), Math.max(0, tokens.get(start).get(0).start() - segment.start()));
    return segment.text().substring(0, to);
  }

  /** The folded text of the line before a position, separators included. */
  private static String lineBefore(TextSpan segment, List<List<TextSpan>> tokens, int start) {
    return ZoneTagger.fold(before(segment, tokens, start));
  }

  /** The folded words of the position's part before it. */
  private static String partBefore(TextSpan segment, List<List<TextSpan>> tokens, int start) {
    String before = before(segment, tokens, start);
    var sep = PART_SEPARATOR.matcher(before);
    int from = 0;
    while (sep.find()) {
      from = sep.end();
    }
    return ZoneTagger.fold(before.substring(from));
  }

  /**
   * Whether a title met inside a sentence is written in the plural after a plural determiner ("avec
   * les chargés d'assistance du plateau", "une équipe de techniciens", "auprès d'experts-comptables"):
   * the colleagues, clients or team the text speaks of, never the one job it is about.
   */
  private static boolean pluralMention(TextSpan segment, TextSpan first) {
    String word = ZoneTagger.fold(first.text()).split("[\\s'-]")[0]; // a synonym's span may hold two words
    if (!word.endsWith("s") && !word.endsWith("x")) {
      return false;
    }
    int to = Math.min(segment.text().length(), Math.max(0, first.start() - segment.start()));
    return PLURAL_BEFORE.matcher(ZoneTagger.fold(segment.text().substring(0, to))).find();
  }

  /** A plural determiner (or "de" / "d'" after which a plural noun is a group) right before a word. */
  private static final Pattern PLURAL_BEFORE = Pattern.compile(
      "(\\b(les|des|aux|nos|vos|ses|leurs|mes|tes|plusieurs|quelques|de|\\d+)|\\bd')\\s*$");

  /** A dash or bar between spaces, not between two numbers ("2010 – 2025"): the separators of an ad's headline. */
  private static final Pattern PART_SEPARATOR = Pattern.compile("(?<!\\d)\\s[–—|-]\\s(?!\\d)");

  /** A contract's words after a title ("… en CDI", "… à temps partiel", "… à mi-temps"): the title ends before them. */
  private static final Pattern CONTRACT_TAIL = Pattern.compile(
      "(?<!\\p{L})(?:en\\s+)?(?:cdi|cdd|intérim|interim|alternance)(?!\\p{L})"
      + "|(?<!\\p{L})(?:à\\s+)?(?:temps\\s+(?:plein|partiel|complet)|mi-temps)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A recruiting verb and its article right before the title, or the noun as public and
   * international calls write it ("Avis de recrutement d'un(e) assistant(e) comptable").
   */
  private static final Pattern RECRUITS = Pattern.compile(
      "(\\b(recrute|recrutons|recherche|recherchons|cherche|cherchons|embauche|embauchons)\\s+"
      + "(un|une|un\\(e\\)|un\\.e|un·e|des|son|sa|ses|notre|nos|\\d+)?"
      + "|\\brecrutement\\s+(d'un|d'une|d'un\\(e\\)|d'un\\.e|d'un·e))\\s*(futur\\S*|nouve\\S*)?\\s*$");

  /** A recruiting verb (or noun) with its article anywhere in a line: the line may name the job it recruits for. */
  private static final Pattern RECRUITS_IN_LINE = Pattern.compile(
      "\\b(recrute|recrutons|recherche|recherchons|embauche|embauchons)\\s+(un\\(e\\)|un\\.e|un·e|une|un|des|son|sa|ses|\\d+)(?=\\s|$)"
      + "|\\brecrutement\\s+(d'un\\(e\\)|d'un\\.e|d'un·e|d'une|d'un)(?=\\s|$)");

  /**
   * A stated aim before the title ("je souhaite évoluer en tant que secrétaire médicale", "Objectif :
   * devenir formatrice"): the job sought, which a CV's timeline lets lead.
   */
  private static final Pattern TARGET = Pattern.compile(
      "\\b(objectif|projet professionnel|souhaite|souhaiterais|devenir|reconversion|reconvertir|me reconvertis|vise|aspire)\\b");

  /** A title further into a sentence than its opening counts this much. */
  static final double MENTION_FACTOR = 0.5;

  /**
   * A line that opens on a title before a colon ("Assistante de régulation médicale : je reçois les
   * appels…", "Chargé d'assistance : gestion des dossiers") names its job there, however long the
   * rest: the head is compared with the names as a line of its own.
   */
  private static void addHead(SpanSlicer whole, TextSpan segment, double weight, TitleDictionary.Nearness near) {
    int colon = segment.text().indexOf(':');
    if (colon <= 0) {
      return;
    }
    String head = segment.text().substring(0, colon);
    if (head.strip().split("\\s+").length > HEAD_MAX_WORDS || ZoneTagger.statesAnAction(head)) {
      return;
    }
    List<Set<String>> positions = positions(whole.slice(new TextSpan(segment.start(), segment.start() + colon, head)),
        new ArrayList<>(), List.of());
    if (!positions.isEmpty()) {
      near.addLine(positions, weight);
    }
  }

  /** Words a title before a colon has at most ("Conseiller clientèle à distance bilingue"). */
  static final int HEAD_MAX_WORDS = 6;

  /** A title met through a synonym counts a little less than the title as written. */
  static final double SYNONYM_FACTOR = 0.9;

  /** Whether the title's terms are the words as written, not synonyms the analyzer added. */
  /**
   * Whether the words where the title was found, read without the synonyms, are the title's own
   * terms: "Chargée d'assistance" is 0102's title as written, "technicien(ne) d'assistance" there
   * only through a synonym. (A position's first term is not the written word: the synonym filter
   * emits a rule's entries in the rule's order.)
   */
  private boolean literal(TitleDictionary.Hit hit, List<List<TextSpan>> tokens, String text) {
    int start = tokens.get(hit.start()).get(0).start();
    int end = tokens.get(hit.end() - 1).get(0).end();
    return start < end && literalTerms.apply(text.substring(start, end)).equals(List.of(hit.terms()));
  }

  /** One word names a job loosely ("assistant"), three or more name one job. */
  static double specificity(int terms) {
    return switch (terms) {
      case 1 -> 0.5;
      case 2 -> 0.8;
      default -> 1.0;
    };
  }

  /**
   * A length of experience in a headline ("Téléconseiller bancaire – 7 ans d'expérience") is no part
   * of a job's name: its words would dilute the line's nearness to the name it carries.
   */
  private static final Pattern DURATION = Pattern.compile(
      "\\d+\\s*(ans?|années?|mois)\\s+d['’]\\s*exp[ée]riences?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The text offsets of a segment's lengths of experience, as {start, end} pairs. */
  private static List<int[]> durations(TextSpan segment) {
    List<int[]> out = new ArrayList<>(0);
    if (segment.text().indexOf('\'') < 0 && segment.text().indexOf('’') < 0) {
      return out;
    }
    var m = DURATION.matcher(segment.text());
    while (m.find()) {
      out.add(new int[] {segment.start() + m.start(), segment.start() + m.end()});
    }
    return out;
  }

  /** The text offsets of a segment's announcing words ({@link RecruitingAnnouncement}), as {start, end} pairs. */
  private static List<int[]> announcement(TextSpan segment) {
    List<int[]> out = new ArrayList<>(0);
    for (int[] r : RecruitingAnnouncement.ranges(segment.text())) {
      out.add(new int[] {segment.start() + r[0], segment.start() + r[1]});
    }
    return out;
  }

  private static boolean inside(int offset, List<int[]> ranges) {
    for (int[] r : ranges) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The analyzed terms in text order, grouped by where they stand (a word and its synonyms), without
   * those that start inside {@code skip}.
   */
  private static List<Set<String>> positions(AnalyzedSpan span, List<List<TextSpan>> tokens, List<int[]> skip) {
    TreeMap<Integer, Set<String>> byStart = new TreeMap<>();
    TreeMap<Integer, List<TextSpan>> where = new TreeMap<>();
    span.occurrences().forEach((term, occ) -> {
      for (TextSpan o : occ) {
        if (!skip.isEmpty() && inside(o.start(), skip)) {
          continue;
        }
        byStart.computeIfAbsent(o.start(), k -> new LinkedHashSet<>()).add(term);
        where.computeIfAbsent(o.start(), k -> new ArrayList<>(1)).add(o);
      }
    });
    where.values().forEach(v -> tokens.add(List.of(v.get(0))));
    return new ArrayList<>(byStart.values());
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
