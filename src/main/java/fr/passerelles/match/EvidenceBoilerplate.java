package fr.passerelles.match;

import java.util.Locale;
import fr.passerelles.nlp.CuePattern;
import java.util.regex.Pattern;

/**
 * Cues that a segment is context, not a statement of work: an ad's employer presentation,
 * contract, salary, application and profile lines; a CV's dates, education, languages and hobbies.
 * A feature of {@link EvidenceJudge}, which weighs it with the others (a dated CV line may still
 * state a task). Private to evidence and meant to be replaced by the input's zone tagging once the
 * NLP step marks zones: keep the two from drifting apart then.
 */
final class EvidenceBoilerplate {
  /**
   * The patterns are lower case and run over the lower-cased segment: the same matches as
   * case-insensitive matching, at a third of its cost (it folds both sides char by char).
   */
  private static final int FLAGS = 0;

  private static final CuePattern AD = cue(String.join("|",
      // contract and conditions
      "\\b(cdi|cdd|intérim|temps (plein|partiel)|poste à pourvoir|emploi permanent|contractuels?|titulaires?"
          + "|catégorie [abc]\\b|cadre d'emplois|horaires|week-ends?|jours fériés|télétravail|astreinte)\\b",
      // pay and perks
      "\\b(salaire|rémunération|brut|k€|prime|primes|tickets? restaurant|mutuelle|13e mois|rtt"
          + "|intéressement|avantages|cse|taux horaire|congés payés)\\b|€",
      // application
      "\\b(postuler|postulez|candidature|lettre de motivation|envoyez|adressez|adresser|contactez"
          + "|rejoignez|recrute|recrutons|recherchons|date limite)\\b",
      // employer presentation
      "\\b(nous sommes|notre (groupe|société|entreprise|agence|cabinet|association|enseigne|hôtel|client)"
          + "|leader|collaborateurs|salariés|créée? en|fondée? en|implantée?s?|depuis plus de|présente? dans"
          + "|acteur reconnu|font confiance)\\b",
      // profile requirements
      "\\b(profil|vous êtes|exigée?s?|souhaitée?|appréciée?|indispensables?|débutants acceptés"
          + "|permis [a-e]\\b|titulaire d)"), FLAGS);

  private static final CuePattern CV = cue(String.join("|",
      "\\b(19|20)\\d\\d\\b",
      "^\\s*(formation|diplômes?|langues?|loisirs|centres d'intérêt|sports?|bénévolat|permis|atouts"
          + "|qualités|compétences|logiciels|outils)\\b",
      "\\b(bts|dut|cap|bac|licence|master|université|iut|école)\\b",
      "@|\\b0\\d( ?\\d\\d){4}\\b"), FLAGS);

  /**
   * The employer speaking of itself ("Cabinet de recouvrement …, nous employons 300 personnes")
   * without addressing the reader or speaking as the candidate, in a line that does not open on an
   * action (a task line may mention "notre logiciel"): the line presents the employer, whatever its
   * words.
   */
  private static final CuePattern EMPLOYER_VOICE = cue("\\b(nous|notre|nos)\\b", FLAGS);
  private static final CuePattern READER_VOICE = cue("\\b(vous|votre|vos|je|j'|mon|ma|mes)\\b", FLAGS);
  /** An infinitive or an imperative first word ("Mettre à jour…", "Contribuez à…"). */
  private static final Pattern OPENS_ON_ACTION =
      Pattern.compile("^\\W*\\w+(er|ir|re|ez)\\b", Pattern.UNICODE_CHARACTER_CLASS);

  private EvidenceBoilerplate() {}

  /** Most segments hold none of a cue's literal words: its anchors skip the regex then. */
  private static CuePattern cue(String regex, int flags) {
    return CuePattern.of(Pattern.compile(regex, flags));
  }

  /** The cues, for the test that their anchors never change a match. */
  static java.util.List<CuePattern> cues() {
    return java.util.List.of(AD, CV, EMPLOYER_VOICE, READER_VOICE);
  }

  /** An ad's context line (employer, contract, pay, application, profile). */
  static boolean adContext(String segment) {
    return ad(lower(segment));
  }

  private static boolean ad(String lower) {
    return AD.find(lower) || (EMPLOYER_VOICE.find(lower) && !READER_VOICE.find(lower)
        && !OPENS_ON_ACTION.matcher(lower).find());
  }

  /** A CV's context line (dates, education, languages, hobbies, contact). */
  static boolean cvContext(String segment) {
    return CV.find(lower(segment));
  }

  /** Both cues of a segment, lower-casing it once. */
  static Cues cues(String segment) {
    String lower = lower(segment);
    return new Cues(ad(lower), CV.find(lower));
  }

  /** The segment's cues: {@code ad} as {@link #adContext}, {@code cv} as {@link #cvContext}. */
  record Cues(boolean ad, boolean cv) {}

  private static String lower(String segment) {
    return segment.toLowerCase(Locale.ROOT);
  }
}
