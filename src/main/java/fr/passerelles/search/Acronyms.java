package fr.passerelles.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations the referential defines itself: a label that writes a long form then its
 * abbreviation in brackets ("Gestion Electronique des Documents (GED)", "Conducteur de Véhicule
 * Sanitaire Léger (VSL)"), the initials of the long form's words spelling the abbreviation. A
 * recruiter types the abbreviation, the items mostly say the long form (or the reverse); the
 * skill search adds the long form as an alternative of the abbreviation's clause. Mined from the
 * items' texts and the sheets' names (ROME appellations), so no list is written by hand.
 */
final class Acronyms {
  /** An abbreviation: 2 to 8 letters, at least two capitals, alone in brackets. */
  private static final Pattern IN_BRACKETS = Pattern.compile("\\(([A-Z][A-Za-z]{1,7})\\)");
  /** Words that give no initial ("Système d'Information Géographique", "Incendie, Accidents…"). */
  private static final Set<String> FUNCTION_WORDS = Set.of("de", "des", "du", "d", "la", "le", "les", "l", "et",
      "en", "a", "au", "aux", "pour", "par", "sur", "dans", "un", "une", "ou", "of", "the", "and", "for");
  /** An abbreviation with more long forms than this is ambiguous: left out. */
  static final int MAX_LONG_FORMS = 3;
  /** A leading elided article is no part of a long form ("L'Oto-rhino-laryngologiste"). */
  private static final Pattern ELIDED = Pattern.compile("^(?i)(l|d|qu)['’]");

  private Acronyms() {}

  /**
   * Folded abbreviation ("ged") → the long forms the texts define it by, as written, in first-seen
   * order; an abbreviation of more than {@link #MAX_LONG_FORMS} distinct long forms is left out.
   */
  static Map<String, List<String>> mine(Iterable<String> texts) {
    Map<String, Map<String, String>> found = new LinkedHashMap<>();
    for (String text : texts) {
      Matcher m = IN_BRACKETS.matcher(text);
      while (m.find()) {
        String abbreviation = m.group(1);
        if (abbreviation.chars().filter(Character::isUpperCase).count() < 2) {
          continue;
        }
        String longForm = longForm(text.substring(0, m.start()), SkillEquivalences.fold(abbreviation).replace(" ", ""));
        if (longForm != null) {
          found.computeIfAbsent(SkillEquivalences.fold(abbreviation), k -> new LinkedHashMap<>())
              .putIfAbsent(SkillEquivalences.fold(longForm), longForm);
        }
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    found.forEach((abbreviation, forms) -> {
      if (forms.size() <= MAX_LONG_FORMS && oneSense(forms.keySet())) {
        out.put(abbreviation, List.copyOf(new LinkedHashSet<>(forms.values())));
      }
    });
    return out;
  }

  /**
   * The words just before the brackets whose initials spell the abbreviation's letters (a
   * hyphenated word gives one initial per part: "musculo-squelettiques"), function words skipped
   * inside; null when no run of words does.
   */
  static String longForm(String before, String letters) {
    String[] words = before.strip().split("[\\s,]+");
    StringBuilder initials = new StringBuilder();
    for (int i = words.length - 1; i >= 0 && initials.length() < letters.length(); i--) {
      String w = words[i];
      String[] parts = SkillEquivalences.fold(w).split(" ");
      StringBuilder these = new StringBuilder();
      for (String p : parts) {
        if (!p.isEmpty() && !FUNCTION_WORDS.contains(p)) {
          these.append(p.charAt(0));
        }
      }
      initials.insert(0, these);
      if (!letters.endsWith(initials.toString())) {
        return null;
      }
      if (initials.length() == letters.length()) {
        if (these.isEmpty()) {
          return null; // a long form never starts with a function word
        }
        String form = String.join(" ", List.of(words).subList(i, words.length)).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return ELIDED.matcher(form).replaceFirst("");
      }
    }
    return null;
  }

  /**
   * Whether the long forms (folded) say one thing: every two share a word of four letters or more
   * ("Gestion Electronique des Documents" / "gestion électronique de documents"); "vélo à assistance
   * électrique" and "Validation des Acquis de l'Expérience" are two senses of VAE, left out.
   */
  static boolean oneSense(Set<String> folded) {
    List<Set<String>> words = folded.stream().map(f -> java.util.Arrays.stream(f.split(" "))
        .filter(w -> w.length() >= 4).map(w -> w.substring(0, Math.min(5, w.length())))
        .collect(java.util.stream.Collectors.toSet())).toList();
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        if (java.util.Collections.disjoint(words.get(i), words.get(j))) {
          return false;
        }
      }
    }
    return true;
  }
}
