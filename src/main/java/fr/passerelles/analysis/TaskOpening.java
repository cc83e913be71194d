package fr.passerelles.analysis;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Whether a line opens on a verb in the third person, as a job description states a task
 * ("Supervise et coordonne les activités…", "Contrôle la qualité des…"): such a line names no job,
 * however short. The form must be a present indicative in the {@link FrenchLexicon}; a word that
 * is also a noun or an adjective ("Contrôle", "Aide", "Garde", "Pilote") counts only when a
 * determiner or a second verb follows it ("Contrôle la qualité", "Garde et surveille…"), so that
 * "Aide à domicile", "Garde du corps" or "Pilote de ligne" stay titles. Thread-safe.
 */
public final class TaskOpening {
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:-[\\p{L}]+)*");
  private static final Set<String> DETERMINERS = Set.of(
      "le", "la", "les", "l", "un", "une", "des", "ses", "son", "sa", "leur", "leurs", "ces", "cette", "ce", "et");
  private static final ThreadLocal<DictionaryLookup> LOOKUP =
      ThreadLocal.withInitial(() -> new DictionaryLookup(FrenchLexicon.dictionary()));

  private TaskOpening() {}

  public static boolean opensOnVerb(String line) {
    var m = WORD.matcher(Normalizer.normalize(line, Normalizer.Form.NFC).replace('’', '\''));
    if (!m.find()) {
      return false;
    }
    String first = m.group().toLowerCase(Locale.ROOT);
    String next = m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
    Reading r = read(first);
    if (!r.presentThird()) {
      return false;
    }
    if (!r.nominal()) {
      return true;
    }
    if (!DETERMINERS.contains(next)) {
      return false;
    }
    if (!next.equals("et")) {
      return true;
    }
    return m.find() && read(m.group().toLowerCase(Locale.ROOT)).presentThird();
  }

  private record Reading(boolean presentThird, boolean nominal) {}

  private static Reading read(String word) {
    boolean verb = false;
    boolean nominal = false;
    List<WordData> data = LOOKUP.get().lookup(word);
    for (WordData wd : data) {
      String tag = String.valueOf(wd.getTag());
      if (tag.startsWith("V ind pres 3 s")) {
        verb = true;
      } else if (tag.startsWith("N ") || tag.startsWith("J ")) {
        nominal = true;
      }
    }
    return new Reading(verb, nominal);
  }
}
