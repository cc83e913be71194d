package fr.passerelles.index;

import fr.passerelles.analysis.GenderFormNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings a job title is also written in on job boards, derived from the appellation itself
 * (no list of synonyms): a hyphenated compound welded ("Développeur full-stack" → "fullstack"), an
 * expansion given with its acronym written as the acronym alone ("Technicien Service Après-Vente
 * (SAV)" → "Technicien SAV"), and the two titles of an appellation that names its job twice
 * ("Responsable développement / Business Developer"), and the name without the acronym that ends it
 * ("Infirmier coordinateur / Infirmière coordinatrice (IDEC)" → "Infirmier coordinateur"). Each
 * variant keeps the appellation as its label, so a recognised title still shows ROME's words.
 */
final class TitleVariants {
  private static final GenderFormNormalizer GENDER = new GenderFormNormalizer();

  private TitleVariants() {}

  /** The name first, then its variants, without duplicates. */
  static List<String> of(String name) {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    String folded = GENDER.normalize(name);
    for (String title : alternatives(folded)) {
      out.add(title);
      String acronym = withAcronym(title);
      out.add(acronym);
      out.add(welded(title));
      out.add(welded(acronym));
      String bare = withoutAcronym(title);
      out.add(bare);
      out.add(welded(bare));
    }
    out.removeIf(String::isBlank);
    return List.copyOf(out);
  }

  /** Letters on both sides of a hyphen inside a word: "full-stack", "back-office", "e-commerce". */
  private static final Pattern COMPOUND = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

  static String welded(String title) {
    return COMPOUND.matcher(title).replaceAll("");
  }

  /**
   * A slash left once the gender forms are folded separates two names of the job, each given whole:
   * two names of two words or more ("Responsable développement / Business Developer", "Sound
   * designer / Designer sonore"); a one-word left side shares the right side's complement ("Valet /
   * Femme de chambre" → "Valet de chambre", "Femme de chambre"; "Homme / Femme de plancher" is no
   * "Homme"); a one-word right side is a name of its own when it is the left side's last word
   * ("Homme sage-femme / Sage-femme"), and otherwise stands for that last word ("Responsable
   * plate-forme expédition / Livraison" → "Responsable plate-forme Livraison"). A gender pair the
   * folding left whole is one name ({@link #genderPair}).
   */
  static List<String> alternatives(String folded) {
    String[] sides = folded.split("\\s/\\s");
    if (sides.length != 2 || words(sides[0]) == 0 || words(sides[1]) == 0 || genderPair(sides[0], sides[1])) {
      return List.of(folded);
    }
    String left = sides[0].strip();
    String right = sides[1].strip();
    int l = words(left);
    int r = words(right);
    if (l == 1 && r >= 2) {
      String complement = right.substring(right.indexOf(' ') + 1).strip();
      boolean repeats = complement.toLowerCase(Locale.ROOT).contains(left.toLowerCase(Locale.ROOT)); // "Tubiste / Contre tubiste"
      return List.of(folded, repeats ? left : left + " " + complement, right);
    }
    if (l >= 2 && r == 1) {
      String head = left.substring(0, left.lastIndexOf(' '));
      String last = left.substring(left.lastIndexOf(' ') + 1);
      return List.of(folded, left, last.equalsIgnoreCase(right) ? right : head + " " + right);
    }
    return List.of(folded, left, right);
  }

  /**
   * Two sides whose first words share their stem are one title in two genders the folding left
   * whole ("Chef de projet / Cheffe de projet design", "Technicien dépanneur / Technicienne
   * dépanneuse gros électroménagers"): "Chef de projet" alone is no name of that sheet.
   */
  private static boolean genderPair(String left, String right) {
    String a = left.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    String b = right.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    int common = 0;
    while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common >= 3 || common == Math.min(a.length(), b.length());
  }

  /** An acronym in brackets or between dashes: "(SAV)", "-ASV-". */
  private static final Pattern ACRONYM = Pattern.compile("\\s(?:\\(|-)(\\p{Lu}{2,6})(?:\\)|-)(?=\\s|$)");

  /**
   * The title with the words its acronym stands for replaced by the acronym, when their initials
   * spell it ("Service Après-Vente (SAV)": S, A, V); otherwise unchanged.
   */
  static String withAcronym(String title) {
    Matcher m = ACRONYM.matcher(title);
    if (!m.find()) {
      return title;
    }
    String acronym = m.group(1);
    String before = title.substring(0, m.start());
    List<int[]> parts = new ArrayList<>(); // start of each word part, hyphenated words split
    Matcher w = Pattern.compile("\\p{L}+").matcher(before);
    while (w.find()) {
      parts.add(new int[] {w.start(), w.end()});
    }
    int n = acronym.length();
    if (parts.size() < n) {
      return title;
    }
    StringBuilder initials = new StringBuilder();
    for (int k = parts.size() - n; k < parts.size(); k++) {
      initials.append(before.charAt(parts.get(k)[0]));
    }
    if (!initials.toString().toUpperCase(Locale.ROOT).equals(acronym)) {
      return title;
    }
    int from = parts.get(parts.size() - n)[0];
    if (before.substring(0, from).isBlank()) {
      return title; // "Customer Relationship Manager (CRM)": an acronym alone names software as often as a job
    }
    return (before.substring(0, from) + acronym + title.substring(m.end())).strip();
  }

  /** An acronym in brackets or between dashes that ends the title: "(IDEC)", "-IEN-". */
  private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s(?:\\(\\p{Lu}{2,6}\\)|-\\p{Lu}{2,6}-)\\s*$");

  /**
   * The title without the acronym that ends it ("Infirmier coordinateur (IDEC)" → "Infirmier
   * coordinateur"): job boards and people write the name without it; the acronym abbreviates the name.
   */
  static String withoutAcronym(String title) {
    Matcher m = TRAILING_ACRONYM.matcher(title);
    return m.find() ? title.substring(0, m.start()).strip() : title;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
