package fr.passerelles.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Links an action noun or a verb form to the verb's infinitive, from the French lexicon, so that
 * the nominal style of CVs meets the verbal style of the sheets: {@code gestion → gérer}, {@code
 * gère → gérer}, {@code suivi → suivre}, {@code mise → mettre}, {@code réception → réceptionner,
 * recevoir}. Two sources, both read in {@link FrenchLexicon}:
 *
 * <ul>
 *   <li><b>lemmas</b>: a verb form gives its infinitive. A word that is also a noun or an adjective
 *       gives only the verbs it is a past participle of ({@code suivi}, {@code mise}, {@code prise}),
 *       never those it is a conjugated form of ({@code sens} is no form of <i>sentir</i> here,
 *       {@code cours} none of <i>courir</i>, {@code durant} none of <i>durer</i>); auxiliaries and
 *       modals ({@link #TOO_GENERAL}) are never given.
 *   <li><b>derivation</b>: a noun that is no verb form goes through general suffix rules ({@link
 *       #RULES}: {@code -ation → -er}, {@code -estion → -érer}…); a candidate is kept only when the
 *       lexicon has it as an infinitive, so every pair comes from the lexicon.
 * </ul>
 *
 * Either way the verb must be common ({@link #MIN_FREQUENCY} on the lexicon's own scale), and a
 * derived one have {@link #MIN_VERB_LENGTH} letters: this is what stops {@code langage → langer},
 * {@code musée → muser}, {@code usage → user}. A root whose last vowel is {@code é} is also tried
 * with {@code e}, the usual accent shift ({@code réception → recevoir}). What review of the
 * pairs over the indexed items found wrong ({@code communication → communier}, {@code données →
 * donner}) is listed in {@code conflation-exclusions.txt} and never given. Input is one lower-case word as the text
 * wrote it (accents matter: {@code reception} is not in the lexicon). No Lucene types. Not
 * thread-safe (one per token stream); it caches what it looked up.
 */
public final class DerivationalNormalizer {

  /** How a conflated verb was found. */
  public enum Source {
    LEMMA,
    DERIVATION
  }

  /** A verb linked to a word. */
  public record Conflation(String verb, Source source, String rule) {}

  /** Noun suffix → verb suffix, tried in this order; a noun may give more than one verb. */
  static final List<String[]> RULES = List.of(
      new String[] {"ication", "ier"},
      new String[] {"ation", "er"},
      new String[] {"issement", "ir"},
      new String[] {"ement", "er"},
      new String[] {"age", "er"},
      new String[] {"ception", "cevoir"},
      new String[] {"estion", "érer"},
      new String[] {"ission", "ettre"},
      new String[] {"ction", "ire"},
      new String[] {"ution", "uer"},
      new String[] {"ition", "ir"},
      new String[] {"sion", "der"},
      new String[] {"ion", "ionner"},
      new String[] {"ance", "er"},
      new String[] {"ure", "er"},
      new String[] {"ée", "er"});

  /**
   * Agent noun suffix → verb suffix ({@code remorqueur → remorquer}, {@code traducteur →
   * traduire}, {@code fournisseur → fournir}), tried on a masculine or epicene noun only: the
   * lexicon files {@code traductrice} under {@code traducteur}, and the feminine nouns in -eur
   * ({@code erreur}, {@code humeur}, {@code sueur}) are no agents.
   */
  static final List<String[]> AGENT_RULES = List.of(
      new String[] {"ateur", "er"},
      new String[] {"isseur", "ir"},
      new String[] {"ucteur", "uire"},
      new String[] {"eur", "er"},
      new String[] {"eur", "re"});

  /** Action nouns whose verb changes its vowel: {@code coordination → coordonner}. */
  static final List<String[]> IRREGULAR_RULES = List.<String[]>of(new String[] {"ination", "onner"});

  /**
   * Agent noun in -iste → the noun it is made on ({@code standardiste → standard}, {@code
   * garagiste → garage}, {@code réceptionniste → réception}): no verb to meet, so the base noun
   * is given instead, on the same conditions (common, {@link #MIN_VERB_LENGTH} letters or more).
   */
  static final List<String[]> BASE_NOUN_RULES = List.of(
      new String[] {"nniste", "n"},
      new String[] {"iste", ""},
      new String[] {"iste", "e"});

  /**
   * A function noun in -ariat → the agent noun it is made on ({@code secrétariat → secrétaire},
   * {@code interprétariat → interprète}, with the usual é → è before a final mute e), on the
   * same conditions as {@link #BASE_NOUN_RULES}.
   */
  static final List<String[]> FUNCTION_NOUN_RULES = List.of(
      new String[] {"ariat", "aire"},
      new String[] {"ariat", "e"});

  /**
   * Lowest frequency class of a verb given, on the lexicon's A (rarest) … Z scale: {@code
   * facturer} and {@code dépanner} are F, {@code langer} D, {@code brocher} C, {@code muser} B.
   */
  static final char MIN_FREQUENCY = 'E';
  /** Shortest derived verb: not {@code usage → user}, {@code page → per}. */
  static final int MIN_VERB_LENGTH = 5;

  /** Verbs too general to link a word to: auxiliaries, modals, the light verb "faire". */
  static final Set<String> TOO_GENERAL = Set.of("être", "avoir", "pouvoir", "devoir", "falloir", "faire");

  static final String EXCLUSIONS_FILE = "conflation-exclusions.txt";
  /** "noun verb" pairs reviewed as wrong. */
  private static final Set<String> EXCLUDED = readExclusions();

  private static final int CACHE_SIZE = 65_536;

  private final DictionaryLookup lookup = new DictionaryLookup(FrenchLexicon.dictionary());
  private final Map<String, List<Conflation>> cache = new HashMap<>();
  private final Set<String> excluded;
  private final boolean extended;

  /**
   * Action nouns and verb forms only: what the matcher's nominal expansion reads at the head of an
   * action phrase, where an agent noun has no business.
   */
  public DerivationalNormalizer() {
    this(EXCLUDED, false);
  }

  /**
   * Agent nouns ({@link #AGENT_RULES}, {@link #BASE_NOUN_RULES}) and the irregular action nouns
   * ({@link #IRREGULAR_RULES}) too: what the conflation filter gives, so that the skill search's
   * "remorqueur", "remorquage" and "remorquer" meet. The matcher keeps the base set until its own
   * evaluation is rerun with these.
   */
  public static DerivationalNormalizer extended() {
    return new DerivationalNormalizer(EXCLUDED, true);
  }

  /** Agent nouns on, with another set of excluded "noun verb" pairs (the tests check each listed pair is live). */
  DerivationalNormalizer(Set<String> excluded) {
    this(excluded, true);
  }

  private DerivationalNormalizer(Set<String> excluded, boolean extended) {
    this.excluded = Set.copyOf(excluded);
    this.extended = extended;
  }

  /** The reviewed "noun verb" pairs never given. */
  static Set<String> exclusions() {
    return EXCLUDED;
  }

  /** The infinitives linked to {@code word}, without the word itself; empty when none. */
  public List<String> conflate(String word) {
    List<Conflation> found = explain(word);
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> verbs = new ArrayList<>(found.size());
    for (Conflation c : found) {
      verbs.add(c.verb());
    }
    return verbs;
  }

  /** The same as {@link #conflate}, each verb with how it was found. */
  public List<Conflation> explain(String word) {
    List<Conflation> cached = cache.get(word);
    if (cached == null) {
      cached = compute(word);
      if (cache.size() >= CACHE_SIZE) {
        cache.clear();
      }
      cache.put(word, cached);
    }
    return cached;
  }

  private List<Conflation> compute(String word) {
    List<Reading> readings = read(word);
    if (readings.isEmpty()) {
      return List.of();
    }
    boolean otherThanVerb = false;
    boolean verbForm = false;
    Set<String> names = new LinkedHashSet<>();
    names.add(word);
    for (Reading r : readings) {
      otherThanVerb |= !r.verb();
      verbForm |= r.verb() && !r.infinitive();
      if (r.noun()) {
        names.add(r.lemma());
      }
    }
    Map<String, Conflation> out = new java.util.LinkedHashMap<>();
    if (verbForm) {
      for (Reading r : readings) {
        if (r.verb() && !r.infinitive() && (!otherThanVerb || r.pastParticiple())
            && !r.lemma().equals(word) && isCommonInfinitive(r.lemma())) {
          out.putIfAbsent(r.lemma(), new Conflation(r.lemma(), Source.LEMMA, r.pastParticiple() ? "ppa" : "forme"));
        }
      }
    } else {
      for (Reading r : readings) {
        if (r.noun()) {
          derive(r.lemma(), out);
          if (extended) {
            deriveMore(r.lemma(), out);
          }
        }
      }
    }
    out.keySet().removeIf(verb -> names.stream().anyMatch(n -> excluded.contains(n + " " + verb)));
    return List.copyOf(out.values());
  }

  private void derive(String noun, Map<String, Conflation> out) {
    for (String[] rule : RULES) {
      if (!noun.endsWith(rule[0]) || noun.length() == rule[0].length()) {
        continue;
      }
      String root = noun.substring(0, noun.length() - rule[0].length());
      String verb = root + rule[1];
      if (!isDerivable(verb)) {
        int accent = root.lastIndexOf('é');
        verb = accent < 0 ? null : root.substring(0, accent) + 'e' + root.substring(accent + 1) + rule[1];
      }
      if (verb != null && isDerivable(verb)) {
        out.putIfAbsent(verb, new Conflation(verb, Source.DERIVATION, "-" + rule[0] + " → -" + rule[1]));
      }
    }
  }

  /**
   * The extended links: an irregular action noun's verb ({@link #IRREGULAR_RULES}), an agent noun's
   * verb ({@link #AGENT_RULES}) or, for one in -iste, its base noun ({@link #BASE_NOUN_RULES}), a
   * function noun's agent ({@link #FUNCTION_NOUN_RULES}).
   */
  private void deriveMore(String noun, Map<String, Conflation> out) {
    apply(noun, IRREGULAR_RULES, this::isDerivable, out);
    if (noun.endsWith("eur") && isMasculineNoun(noun)) {
      apply(noun, AGENT_RULES, this::isDerivable, out);
    } else if (noun.endsWith("iste")) {
      apply(noun, BASE_NOUN_RULES, this::isBaseNoun, out);
    } else if (noun.endsWith("ariat")) {
      apply(noun, FUNCTION_NOUN_RULES, this::isBaseNoun, out);
    }
  }

  private void apply(String noun, List<String[]> rules, java.util.function.Predicate<String> kept,
      Map<String, Conflation> out) {
    for (String[] rule : rules) {
      if (noun.endsWith(rule[0]) && noun.length() > rule[0].length()) {
        String base = noun.substring(0, noun.length() - rule[0].length()) + rule[1];
        int accent = base.lastIndexOf('é');
        if (!kept.test(base) && rule[1].equals("e") && accent > 0 && accent >= base.length() - 4) {
          base = base.substring(0, accent) + 'è' + base.substring(accent + 1); // interpréte → interprète
        }
        if (kept.test(base)) {
          out.putIfAbsent(base, new Conflation(base, Source.DERIVATION, "-" + rule[0] + " → -" + rule[1]));
        }
      }
    }
  }

  private boolean isMasculineNoun(String noun) {
    return read(noun).stream().anyMatch(r -> r.noun() && r.lemma().equals(noun)
        && (r.tag().startsWith("N m") || r.tag().startsWith("N e")));
  }

  /** A common noun of {@link #MIN_VERB_LENGTH} letters or more, as the lexicon files it. */
  private boolean isBaseNoun(String word) {
    return word.length() >= MIN_VERB_LENGTH && read(word).stream()
        .anyMatch(r -> r.noun() && r.lemma().equals(word) && r.frequency() >= MIN_FREQUENCY);
  }

  private boolean isDerivable(String verb) {
    return verb.length() >= MIN_VERB_LENGTH && isCommonInfinitive(verb);
  }

  private boolean isCommonInfinitive(String verb) {
    for (Reading r : read(verb)) {
      if (r.infinitive() && !TOO_GENERAL.contains(verb) && r.lemma().equals(verb)
          && r.frequency() >= MIN_FREQUENCY) {
        return true;
      }
    }
    return false;
  }

  private List<Reading> read(String word) {
    List<WordData> data = lookup.lookup(word);
    if (data.isEmpty()) {
      return List.of();
    }
    List<Reading> out = new ArrayList<>(data.size());
    for (WordData wd : data) {
      // WordData is reused by the lookup: copy what we need now
      CharSequence tag = wd.getTag();
      CharSequence stem = wd.getStem();
      if (tag != null && tag.length() >= 2 && stem != null) {
        out.add(Reading.parse(stem.toString(), tag.toString()));
      }
    }
    return out;
  }

  private static Set<String> readExclusions() {
    try (InputStream in = DerivationalNormalizer.class.getResourceAsStream(EXCLUSIONS_FILE)) {
      if (in == null) {
        throw new IllegalStateException(EXCLUSIONS_FILE + " missing from the class path");
      }
      Set<String> pairs = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String pair = line.strip();
        if (!pair.isEmpty() && !pair.startsWith("#")) {
          pairs.add(pair.replaceAll("\\s+", " "));
        }
      }
      return Set.copyOf(pairs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One reading of a form: its lemma and LanguageTool tag ({@code V ind pres 3 s}, {@code N f s},
   * {@code V etre inf}), whose last char is the frequency class.
   */
  record Reading(String lemma, String tag, char frequency) {
    static Reading parse(String lemma, String taggedWithFrequency) {
      int last = taggedWithFrequency.length() - 1;
      return new Reading(lemma, taggedWithFrequency.substring(0, last), taggedWithFrequency.charAt(last));
    }

    boolean verb() {
      return tag.startsWith("V ");
    }

    boolean infinitive() {
      return verb() && tag.endsWith(" inf");
    }

    boolean pastParticiple() {
      return verb() && tag.contains(" ppa");
    }

    boolean noun() {
      return tag.startsWith("N ");
    }

    boolean adjective() {
      return tag.startsWith("J ");
    }
  }
}
