package fr.passerelles.match;

import fr.passerelles.analysis.FrenchLexicon;
import fr.passerelles.nlp.Zone;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * How far a text is written as ROME writes its definitions: task lines opening on a present-tense
 * verb in the third person, without a subject ("Réalise les opérations…", "Contrôle la
 * conformité…", "Peut coordonner une équipe"). People write "je", ads "vous" or an infinitive list,
 * CVs nouns ("Gestion des…"): on the train sheets' definitions the share of such lines is 0.4–0.8,
 * on third-party and labelled texts nearly always under 0.1 (docs/quality.md, "The centroids for
 * text not in ROME's style"). Signals learnt from people's texts fit the second kind only.
 */
final class DefinitionStyle {
  /** The line's first word, past bullets and numbering, and the word after it. */
  private static final Pattern OPENING = Pattern.compile("^[\\s\\-–—•·*>\\d.)]*(\\p{L}+)(?:\\s+([\\p{L}'’]+))?");

  /** Words that follow a verb, not a noun ("Contrôle la conformité", not "Contrôle des commandes"). */
  private static final Set<String> AFTER_A_VERB = Set.of("le", "la", "les", "un", "une", "son", "sa", "ses", "leur",
      "leurs", "à", "au", "aux", "en", "sur", "dans", "avec", "par", "pour", "que", "si");

  private DefinitionStyle() {}

  /**
   * Whether a text is not written as ROME's definitions are: it has two lines or more (a line typed
   * alone is a title or a query, in nobody's style), task lines among them, and under {@code below}
   * of those open as a definition's sentence.
   */
  static boolean plain(MatchInput input, double below) {
    if (input.segments().size() < 2) {
      return false;
    }
    double share = share(input);
    return share >= 0 && share < below;
  }

  /**
   * The share of the text's task lines that open as a ROME definition's sentence; -1 when the text
   * has no task line.
   */
  static double share(MatchInput input) {
    // a lookup reuses its buffers: one per call, the dictionary itself is shared
    DictionaryLookup lookup = new DictionaryLookup(FrenchLexicon.dictionary());
    int lines = 0;
    int definitionLike = 0;
    for (int i = 0; i < input.segments().size(); i++) {
      if (input.role(i).zone() == Zone.TASK) {
        lines++;
        definitionLike += opensOnAVerb(lookup, input.segments().get(i).text()) ? 1 : 0;
      }
    }
    return lines == 0 ? -1 : definitionLike / (double) lines;
  }

  /**
   * Whether a line opens on a capitalised verb in the present's third person singular, the
   * lexicon's reading; a word that may also be a noun or another part of speech ("Contrôle",
   * "Suivi") counts only before a word that follows verbs (an article, a preposition of place or
   * means).
   */
  static boolean opensOnAVerb(DictionaryLookup lookup, String line) {
    var m = OPENING.matcher(line);
    if (!m.find() || !Character.isUpperCase(m.group(1).charAt(0))) {
      return false;
    }
    boolean verb = false;
    boolean other = false;
    // the lookup reuses its WordData: read each tag as it comes
    for (WordData data : lookup.lookup(m.group(1).toLowerCase(Locale.ROOT))) {
      String tag = data.getTag().toString();
      if (tag.startsWith("V") && tag.contains("ind pres") && tag.contains("3 s")) {
        verb = true;
      } else if (!tag.startsWith("V")) {
        other = true;
      }
    }
    if (!verb || !other) {
      return verb;
    }
    String next = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT).replace('’', '\'');
    return next.startsWith("l'") || AFTER_A_VERB.contains(next);
  }
}
