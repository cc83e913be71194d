package fr.passerelles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a CV experience header that are not the job: who the employer was, where, when and
 * on what contract ("2016-2024 : technicien assistance auto – Solvea Assistance", "Conseillère
 * chez Axa (2019 – aujourd'hui)", "2019 – 2022 : emploi saisonnier, Berthier Immobilier, Nantes").
 * An employer's name carries a field ("… Immobilier", "Boulangeries …", "Clinique …") that is not
 * what the person did, so its words must not weigh like the title's. General CV usage, read part by
 * part between the header's separators (dash, bar, middle dot, comma, colon):
 *
 * <ul>
 *   <li>what follows "chez" or "via", and what stands in brackets (a town, the company's size, a
 *       contract, the years);
 *   <li>a proper name: every content word capitalised, one at least in lower case after its
 *       capital ("Solvea Assistance", "Mutuelle des Trois Vallées"; "STANDARD / ACCUEIL" is a title
 *       set in capitals; a part that opens on an agent noun, "Développeur .NET / Angular", is a
 *       title), unless it is a single word and the header's first part besides the dates
 *       ("2019 – 2024 : Comptable, …");
 *   <li>a part made only of contract, period and duration words ("emploi saisonnier", "stage de
 *       six mois", "remplacement congé maternité", "Employeur").
 * </ul>
 *
 * Stateless.
 */
public final class HeaderContext {
  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)?|\\[[^\\]]*\\]?");
  private static final Pattern SEPARATOR = Pattern.compile(
      "\\s+[-–—]\\s+|[–—|·•,;:]|\\s+(?=(?:chez|via)\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern LEADS_TO_NAME = Pattern.compile("^(chez|via)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*|\\d+");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "de", "d", "du", "des", "la", "le", "les", "l", "et", "en", "à", "a", "au", "aux", "sur", "sous", "pour", "par", "the",
      "of", "and", "y", "&");
  /** Contract, period and duration words: a part made only of them says when and how, not what. */
  private static final Set<String> CONDITION_WORDS = Set.of(
      "cdi", "cdd", "intérim", "interim", "intérimaire", "stage", "stagiaire", "alternance", "apprentissage", "apprenti",
      "saisonnier", "saisonnière", "emploi", "job", "étudiant", "étudiante", "études", "été", "temps", "partiel", "plein",
      "bénévolat", "bénévole", "service", "civique", "contrat", "aidé", "remplacement", "congé", "maternité",
      "paternité", "freelance", "indépendant", "mission", "missions", "plusieurs", "expérience", "cours", "depuis",
      "actuellement", "aujourd'hui", "présent", "mois", "an", "ans", "année", "années", "semaine", "semaines",
      "jours", "pendant", "observation", "employeur", "entreprise", "société", "période", "lieu", "durée", "dates",
      "deux", "trois", "quatre", "six", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
      "septembre", "octobre", "novembre", "décembre");

  private HeaderContext() {}

  /** The context parts of a header, as {start, end} offsets into {@code header}. */
  public static List<int[]> ranges(String header) {
    List<int[]> out = new ArrayList<>();
    char[] masked = header.toCharArray();
    Matcher b = BRACKETS.matcher(header);
    while (b.find()) {
      out.add(new int[] {b.start(), b.end()});
      for (int i = b.start(); i < b.end(); i++) {
        masked[i] = ',';
      }
    }
    String rest = new String(masked);
    Matcher sep = SEPARATOR.matcher(rest);
    int from = 0;
    boolean first = true;
    while (true) {
      boolean found = sep.find();
      int to = found ? sep.start() : rest.length();
      int[] part = trim(rest, from, to);
      if (part != null) {
        String text = rest.substring(part[0], part[1]);
        Matcher lead = LEADS_TO_NAME.matcher(text);
        if (lead.find()) {
          out.add(part);
        } else if (hasLetters(text)) {
          if (onlyConditions(text)) {
            out.add(part);
          } else {
            if (isName(text, first)) {
              out.add(part);
            }
            first = false;
          }
        }
      }
      if (!found) {
        break;
      }
      from = sep.end();
    }
    return out;
  }

  private static int[] trim(String s, int from, int to) {
    while (from < to && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == ',')) {
      from++;
    }
    while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == ',')) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  private static boolean hasLetters(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean onlyConditions(String text) {
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      String word = w.group().toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
      String bare = unelided(word);
      if (!Character.isDigit(word.charAt(0)) && !FUNCTION_WORDS.contains(word) && !CONDITION_WORDS.contains(word)
          && !CONDITION_WORDS.contains(bare)) {
        return false;
      }
    }
    return true;
  }

  /** "d'assistance" → "assistance", "L'Oréal" → "Oréal". */
  private static String unelided(String word) {
    if (word.length() > 2 && "dlDL".indexOf(word.charAt(0)) >= 0 && (word.charAt(1) == '\'' || word.charAt(1) == '’')) {
      return word.substring(2);
    }
    return word;
  }

  /**
   * The endings of French agent nouns, which name a person's job, not a company: "Développeur .NET
   * / Angular", "Responsable Qualité", "Chargée de Clientèle", "Conseillère Patrimoine".
   */
  private static final Pattern AGENT_NOUN = Pattern.compile(
      "(?iu).*(eur|euse|rice|iste|ien|ienne|able|aire|é|ée|ère|ante)");

  private static boolean isName(String text, boolean first) {
    Matcher head = WORD.matcher(text);
    if (head.find() && AGENT_NOUN.matcher(head.group()).matches()) {
      return false;
    }
    int content = 0;
    boolean mixedCase = false;
    Matcher w = WORD.matcher(text);
    while (w.find()) {
      String word = w.group();
      String bare = unelided(word);
      if (Character.isDigit(bare.charAt(0)) || FUNCTION_WORDS.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(bare.charAt(0))) {
        return false;
      }
      content++;
      mixedCase |= !bare.equals(bare.toUpperCase(java.util.Locale.ROOT));
    }
    return content > 0 && mixedCase && !(first && content == 1);
  }
}
