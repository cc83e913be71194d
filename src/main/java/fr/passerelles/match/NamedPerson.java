package fr.passerelles.match;

import fr.passerelles.analysis.FrenchLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether the text right before a title names the person whose job it is, as portraits and
 * interviews write it ("Nicolas, 23 ans, préparateur de commandes", "Dans la vie Bertrand est
 * plombier", "Mr Patrick Gillet, cariste"): the job the text is about, as the person's own "je
 * suis" states it. Three things tell such a name from what looks like one:
 *
 * <ul>
 *   <li>the capital: a pronoun is no name ("il est chargé de l'accueil" is a task);
 *   <li>a first name the French lexicon knows (a proper noun with a gender), an honorific, or two
 *       words or more the lexicon knows in no form ("Naïa Emparan"): an employer on a CV's
 *       experience line ("Cabinet Darrieux, Agent général d'assurance"), an organisation ("Le
 *       Groupe Mutavie, acteur de…") or a job noun is none;
 *   <li>no preposition before it: "un échange avec Claire, chargée de recrutement" names someone the
 *       text meets, not its subject, unless a portrait's headline puts its subject there
 *       ("Rencontre avec Emmanuelle Moya, gouvernante générale").
 * </ul>
 *
 * Read on the line as written (the capitals and accents matter). Thread-safe: each call takes its
 * own lexicon lookup, and only when the pattern has matched.
 */
final class NamedPerson {

  /**
   * A capitalised word followed by a comma (and an age) or by "est (devenu·e) (un·e)", at the end;
   * it may follow an elided preposition ("d'Aurélia") and carry the asterisk of a changed first name
   * ("Steve*").
   */
  static final Pattern PATTERN = Pattern.compile(
      "(?:^|[\\s(«\"\\[\\]'’])(?!(?:Il|Elle|On|Ce|Cela|Celui|Celle|Qui|Tout|Rien)\\b)(\\p{Lu}[\\p{Ll}-]+)\\*?"
      + "(?:,\\s+(?:\\d{1,2}\\s+ans,\\s+)?|\\s+est\\s+(?:devenue?\\s+)?(?:(?:un|une)\\s+)?)$");

  private static final Set<String> HONORIFICS =
      Set.of("m", "mr", "mme", "mlle", "madame", "monsieur", "mademoiselle", "dr", "docteur", "pr", "professeur");

  /** Prepositions whose object is another person than the text's subject. */
  private static final Set<String> PREPOSITIONS =
      Set.of("avec", "de", "d'", "à", "a", "auprès", "par", "pour", "chez", "et", "entre", "selon", "contre");

  /** A determiner between a preposition and a name: "avec le Dr Lemaire", "avec notre collègue". */
  private static final Set<String> DETERMINERS =
      Set.of("le", "la", "l'", "les", "un", "une", "notre", "nos", "mon", "ma", "son", "sa", "leur", "votre");

  /**
   * A portrait's genre, which puts its subject after a preposition: "Rencontre avec …", "Portrait de
   * …", "Faites connaissance avec …".
   */
  private static final Set<String> PORTRAIT_GENRES =
      Set.of("rencontre", "entretien", "interview", "portrait", "témoignage", "journée", "dialogue", "connaissance");

  /** At most this many capitalised words make one name ("Mme Claire Sarazin"). */
  private static final int MAX_NAME_WORDS = 4;

  private NamedPerson() {}

  /** Whether {@code before}, the line's text before a title, ends on a person named with their job. */
  static boolean endsOnName(String before) {
    Matcher m = PATTERN.matcher(before);
    if (!m.find()) {
      return false;
    }
    List<String> words = words(before.substring(0, m.start(1)));
    List<String> name = new ArrayList<>(List.of(m.group(1)));
    boolean honorific = false;
    int i = words.size() - 1;
    for (; i >= 0 && name.size() < MAX_NAME_WORDS; i--) {
      String w = words.get(i);
      if (HONORIFICS.contains(bare(w))) {
        honorific = true;
      } else if (Character.isUpperCase(w.codePointAt(0)) && !w.endsWith(",") && !w.endsWith(":")) {
        name.add(w);
      } else {
        break;
      }
    }
    boolean person = honorific || name.stream().anyMatch(NamedPerson::firstName)
        || name.size() >= 2 && name.stream().allMatch(NamedPerson::unknown);
    if (!person) {
      return false;
    }
    return !governedByPreposition(words, i);
  }

  /** Whether the word at {@code i} (after an optional determiner) is a preposition no portrait's genre opens. */
  private static boolean governedByPreposition(List<String> words, int i) {
    if (i >= 0 && DETERMINERS.contains(bare(words.get(i)))) {
      i--;
    }
    if (i < 0 || !PREPOSITIONS.contains(bare(words.get(i)))) {
      return false;
    }
    return i == 0 || !PORTRAIT_GENRES.contains(bare(words.get(i - 1)));
  }

  /** A first name, as the lexicon tags them: a proper noun with a gender ({@code Z m}, {@code Z f}); places are {@code Z e}. */
  static boolean firstName(String word) {
    DictionaryLookup lookup = new DictionaryLookup(FrenchLexicon.dictionary());
    for (String part : word.split("-")) {
      if (part.isEmpty()) {
        continue;
      }
      for (WordData wd : lookup.lookup(part)) {
        CharSequence tag = wd.getTag();
        if (tag != null && tag.length() >= 3 && tag.charAt(0) == 'Z' && (tag.charAt(2) == 'm' || tag.charAt(2) == 'f')) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the lexicon knows the word in no form (no common noun, place or first name, as written
   * or in lower case): "Naïa Emparan" is a person's name the lexicon lacks; an employer's holds a
   * common noun ("Cabinet Darrieux", "Groupe Mutavie").
   */
  static boolean unknown(String word) {
    DictionaryLookup lookup = new DictionaryLookup(FrenchLexicon.dictionary());
    for (String part : word.split("-")) {
      if (!part.isEmpty() && (!lookup.lookup(part).isEmpty() || !lookup.lookup(part.toLowerCase(Locale.ROOT)).isEmpty())) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.replace('’', '\'').split("\\s+")) {
      if (!w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        out.add(w);
      } else if (!w.isEmpty()) {
        out.add(","); // a dash, a date or a bullet ends the name as a comma does
      }
    }
    return out;
  }

  /** The word lower-cased, without the punctuation around it. */
  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "");
  }
}
