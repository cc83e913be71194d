package fr.passerelles.nlp;

import java.util.List;
import java.util.Set;

/**
 * Finds action phrases in one tagged segment. Works on Universal Dependencies tags as the French
 * GSD model emits them, including its fused {@code ADP+DET} for "des", "du", "au", "aux".
 *
 * <p>Grammar (token level):
 *
 * <pre>
 * de         = "de" | "d'" | "du" | "des"
 * noun group = (DET | NUM | ADJ)* (NOUN | PROPN | X) (NOUN | PROPN | X | ADJ | NUM | participle)*
 * object     = noun group (de noun group | ("et" | "ou" | "/" | ",") [introducer] noun group)*
 * verbal     = [subject clitic] [AUX ADV*] VERB [ADV* ["de" | "à"] infinitive] [("en" | "à") NOUN]
 *              [("et" | "ou") VERB] ADV* [introducer] object
 * nominal    = action noun ADJ* [("et" | "ou" | "/") (NOUN | VERB | ADJ)] de object
 * introducer = "à" | "au" | "aux" | de
 * </pre>
 *
 * A coordinated noun group that is itself an action noun with its complement ("Traitement des
 * sinistres et indemnisation des assurés") ends the object, so it becomes a phrase of its own. An
 * action noun counts anywhere when listed in {@link DeverbalNouns}, by its ending only at the start
 * of a segment; a verb tagged mid-sentence is not read as an action noun ("je recherche des
 * prestataires"). One instance per segment.
 */
final class PhraseGrammar {

  static final String NOUN = "NOUN";
  static final String PROPN = "PROPN";
  static final String VERB = "VERB";
  static final String AUX = "AUX";
  static final String ADJ = "ADJ";
  static final String ADV = "ADV";
  static final String DET = "DET";
  static final String NUM = "NUM";
  static final String X = "X";
  static final String ADP = "ADP";
  static final String ADP_DET = "ADP+DET";

  private static final Set<String> DE = Set.of("de", "d'", "du", "des");
  private static final Set<String> INTRODUCERS = Set.of("à", "au", "aux", "de", "d'", "du", "des");
  private static final Set<String> COORDINATORS = Set.of("et", "ou", "/", ",");
  private static final Set<String> SUBJECT_CLITICS = Set.of("j'", "je", "nous", "on");
  private static final Set<String> LOCUTION_PREPOSITIONS = Set.of("en", "à");
  private static final Set<String> CLAUSE_OPENERS = Set.of(":", ";", "(", ",", "et", "ou");
  private static final Set<String> REFLEXIVE_CLITICS = Set.of("s'", "se", "m'", "me");

  /**
   * Participles that head job titles or reporting lines, not actions: "Chargé d'assistance",
   * "Rattaché(e) au responsable du plateau". "Chargé du suivi des dossiers" still yields its action
   * through "suivi".
   */
  private static final Set<String> TITLE_PARTICIPLES =
      Set.of(
          """
          chargé chargée chargés chargées délégué déléguée employé employée attaché attachée
          préposé préposée assuré assurée assurés rattaché rattachée rattachés rattachées
          """
              .strip()
              .split("\\s+"));

  /** A phrase as token indexes: [start, end), head at {@code head} spanning {@code headLength}. */
  record Match(int start, int end, int head, int headLength, ActionPhrase.HeadKind kind) {}

  private final List<String> lower;
  private final String[] tags;
  private final int n;
  private final DeverbalNouns nouns;

  PhraseGrammar(List<String> lowerForms, String[] tags, DeverbalNouns nouns) {
    this.lower = lowerForms;
    this.tags = tags;
    this.n = tags.length;
    this.nouns = nouns;
  }

  /** The phrase starting its head at {@code i}, not reaching back before {@code floor}, or null. */
  Match matchAt(int i, int floor) {
    Match nominal = nominalAt(i);
    return nominal != null ? nominal : verbalAt(i, floor);
  }

  private Match nominalAt(int i) {
    int length = nouns.headLength(lower, i);
    boolean opensClause = i == 0 || CLAUSE_OPENERS.contains(word(i - 1));
    if (length == 0 && i == 0 && !is(0, VERB) && nouns.hasActionSuffix(word(0))) {
      length = 1; // "Facturation des prestations": an action noun by its ending, at a line start
    }
    // Mid-sentence, trust the tagger ("je recherche des prestataires" is a verb), except after a
    // determiner or preposition, where it mistakes "suivi" in "chargé du suivi des dossiers".
    boolean afterDeterminer = is(i - 1, DET) || is(i - 1, ADP_DET) || is(i - 1, ADP);
    if (length == 0 || (!opensClause && is(i, VERB) && !afterDeterminer)) {
      return null;
    }
    int k = i + length;
    while (is(k, ADJ)) {
      k++;
    }
    // "Contrôle et validation des factures": two heads share the complement.
    if (k + 2 < n
        && COORDINATORS.contains(word(k))
        && DE.contains(word(k + 2))
        && (is(k + 1, NOUN) || is(k + 1, VERB) || is(k + 1, ADJ))) {
      k += 2;
    }
    if (k >= n || !DE.contains(word(k))) {
      return null;
    }
    int end = objectEnd(k + 1);
    return end < 0 ? null : new Match(i, end, i, length, ActionPhrase.HeadKind.ACTION_NOUN);
  }

  private Match verbalAt(int i, int floor) {
    if (!isVerbHead(i)) {
      return null;
    }
    int start = verbGroupStart(i, floor);
    int head = i;
    int k = skip(i + 1, ADV);
    // "sait gérer", "permet de traiter": the infinitive carries the action.
    int inf = k < n && (word(k).equals("de") || word(k).equals("à")) ? k + 1 : k;
    if (is(inf, VERB) && looksInfinitive(word(inf))) {
      head = inf;
      k = inf + 1;
    }
    int headLength = 1;
    // "prend en charge", "met en œuvre", "tient à jour": the locution is part of the head.
    if (k + 1 < n && LOCUTION_PREPOSITIONS.contains(word(k)) && is(k + 1, NOUN)) {
      headLength = k == head + 1 ? 3 : 1;
      k += 2;
    }
    // "accueille et identifie les bénéficiaires": the verbs share the object.
    if (k + 1 < n && (word(k).equals("et") || word(k).equals("ou")) && is(k + 1, VERB)) {
      k += 2;
    }
    k = skip(k, ADV);
    boolean introduced = k < n && INTRODUCERS.contains(word(k));
    // "s'exercer 7 jours sur 7": a reflexive verb takes no direct object ("s'occupe des" does).
    boolean reflexive = start == i && i > 0 && REFLEXIVE_CLITICS.contains(word(i - 1));
    if (reflexive && !introduced) {
      return null;
    }
    int end = objectEnd(introduced ? k + 1 : k);
    return end < 0 ? null : new Match(start, end, head, headLength, ActionPhrase.HeadKind.VERB);
  }

  private boolean isVerbHead(int i) {
    String w = word(i);
    if (TITLE_PARTICIPLES.contains(w)) {
      return false;
    }
    if (is(i, VERB)) {
      // A finite verb never follows a determiner or an adjective: "différentes alternatives" is a
      // mis-tagged noun; "les dossiers traités par": a participle after a noun describes it.
      return !(is(i - 1, DET) || is(i - 1, ADJ) || (is(i - 1, NOUN) && looksParticiple(w)));
    }
    // Line-initial verbs the tagger may miss: "Géré une équipe", "Gérer les appels".
    return i == 0
        && n > 1
        && (looksParticiple(w) || looksInfinitive(w))
        && (is(1, DET) || is(1, ADP_DET));
  }

  /** "j'ai organisé": start at the auxiliary, and at a first-person clitic before it. */
  private int verbGroupStart(int i, int floor) {
    int start = i;
    int b = i - 1;
    while (b >= floor && is(b, ADV)) {
      b--;
    }
    if (b >= floor && is(b, AUX)) {
      start = b;
      if (b - 1 >= floor && SUBJECT_CLITICS.contains(word(b - 1))) {
        start = b - 1;
      }
    }
    // "Trie et distribue des documents": a line-initial verb the tagger missed.
    if (start == 2
        && floor == 0
        && word(1).equals("et")
        && (is(0, NOUN) || is(0, VERB) || is(0, PROPN) || is(0, ADJ))) {
      start = 0;
    }
    return start;
  }

  /** End of the object starting at {@code j}, or -1 if there is no noun group there. */
  int objectEnd(int j) {
    int k = nounGroupEnd(j);
    if (k < 0) {
      return -1;
    }
    while (k < n) {
      if (DE.contains(word(k))) {
        int next = nounGroupEnd(k + 1);
        if (next < 0) {
          break;
        }
        k = next;
      } else if (COORDINATORS.contains(word(k))) {
        int j2 = k + 1;
        if (word(k).equals("et")
            && j2 + 1 < n
            && word(j2).equals("/")
            && word(j2 + 1).equals("ou")) {
          j2 += 2; // "et/ou"
        }
        // "aux bénéficiaires, aux clients ou aux prestataires"
        j2 += j2 < n && INTRODUCERS.contains(word(j2)) ? 1 : 0;
        int next = nounGroupEnd(j2);
        if (next < 0 || startsActionNoun(j2)) {
          break;
        }
        k = next;
      } else {
        break;
      }
    }
    return k;
  }

  private boolean startsActionNoun(int j) {
    int h = skip(j, DET);
    int length = h < n ? nouns.headLength(lower, h) : 0;
    return length > 0 && DE.contains(word(skip(h + length, ADJ)));
  }

  private int nounGroupEnd(int j) {
    int k = j;
    while (is(k, DET) || is(k, NUM) || is(k, ADJ)) {
      k++;
    }
    if (!isNoun(k)) {
      return -1;
    }
    // "les montants de prise en charge": a multi-word action noun is one noun.
    k += k < n ? Math.max(1, nouns.headLength(lower, k)) : 1;
    while (k < n) {
      if (isNoun(k) || is(k, ADJ) || is(k, NUM)) {
        k++;
      } else if (is(k, VERB) && looksParticiple(word(k)) && !isPreposition(k + 1)) {
        k++; // "comptes rendus", "dossiers traités", but not "appels destinés à"
      } else {
        break;
      }
    }
    return k;
  }

  private boolean isPreposition(int k) {
    return is(k, ADP) || is(k, ADP_DET);
  }

  private boolean isNoun(int k) {
    return is(k, NOUN) || is(k, PROPN) || is(k, X);
  }

  private int skip(int k, String tag) {
    while (is(k, tag)) {
      k++;
    }
    return k;
  }

  /**
   * The lower-cased token at {@code k}, or "" outside the segment: the grammar looks ahead past
   * runs of tags that may reach the segment's end ("et gestion commerciale"), and an empty word
   * matches no keyword set, so a look-ahead past the end simply fails.
   */
  private String word(int k) {
    return k >= 0 && k < n ? lower.get(k) : "";
  }

  private boolean is(int k, String tag) {
    return k >= 0 && k < n && tags[k].equals(tag);
  }

  private static boolean looksInfinitive(String w) {
    return w.length() > 3 && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re"));
  }

  private static boolean looksParticiple(String w) {
    return w.length() > 3
        && (w.endsWith("é")
            || w.endsWith("ée")
            || w.endsWith("és")
            || w.endsWith("ées")
            || w.endsWith("i")
            || w.endsWith("ie")
            || w.endsWith("is")
            || w.endsWith("ies")
            || w.endsWith("u")
            || w.endsWith("ue")
            || w.endsWith("us")
            || w.endsWith("ues"));
  }
}
