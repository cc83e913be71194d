package fr.passerelles.index;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How well a ROME sheet's titles name a branch métier: the best share of the métier title's words
 * found in one appellation, words compared on their first five letters (comptabilité ~ comptable).
 * A crude, analyzer-free measure on purpose: it only orders métiers that borrow the same sheet.
 */
final class TitleAffinity {
  private static final Set<String> FUNCTION_WORDS = Set.of("de", "des", "du", "la", "le", "les", "et", "en", "a", "au", "aux", "d", "l", "f", "h");
  private static final int PREFIX = 5;

  private TitleAffinity() {}

  static double of(List<String> titles, SearchableSheet rome) {
    double best = 0;
    for (String title : titles) {
      Set<String> t = words(title);
      if (t.isEmpty()) {
        continue;
      }
      for (String name : concat(rome.title(), rome.names())) {
        Set<String> a = words(name);
        long shared = t.stream().filter(a::contains).count();
        best = Math.max(best, (double) shared / t.size());
      }
    }
    return best;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>(rest);
    all.add(first);
    return all;
  }

  static Set<String> words(String text) {
    String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    folded = folded.replaceAll("\\((e|ne|le|trice|ve|f/h)\\)", "");
    Set<String> out = new HashSet<>();
    for (String w : folded.split("[^a-z]+")) {
      if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
        out.add(w.length() > PREFIX ? w.substring(0, PREFIX) : w);
      }
    }
    return out;
  }
}
