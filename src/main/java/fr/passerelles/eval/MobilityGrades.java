package fr.passerelles.eval;

import fr.passerelles.index.SheetType;
import fr.passerelles.mobility.ClassificationCheck;
import fr.passerelles.mobility.ClassificationLevel;
import fr.passerelles.mobility.DegreeGroup;
import fr.passerelles.mobility.MetierProfile;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.Passerelle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How every métier got its classification level (docs/mobility.md § 3): the count of each rule by
 * kind of métier, how many moves of the reviewed origins the rule decides, and a hash-chosen sample
 * of the levels the fallback rules gave, to grade by hand (eval/mobility/grades-sample-graded.tsv).
 */
public final class MobilityGrades {
  private MobilityGrades() {}

  /** The rule behind a level, read from its basis, in order of trust; "none" without a level. */
  public static String rule(ClassificationLevel l) {
    if (l == null) {
      return "none";
    }
    String b = l.basis();
    if (b.contains("minimum des")) {
      return "umbrella minimum";
    }
    if (b.startsWith("famille")) {
      return "family median (weak)";
    }
    if (b.contains("médiane du")) {
      return "ROME domaine median (weak)";
    }
    if (b.endsWith("accès sans diplôme")) {
      return "ROME accès sans diplôme";
    }
    if (b.endsWith("accès")) {
      return "ROME accès";
    }
    if (b.endsWith("définition")) {
      return "ROME définition";
    }
    if (b.endsWith("certifications")) {
      return "ROME certifications";
    }
    if (b.contains("titre protégé")) {
      return "protected title";
    }
    return "branch formation / niveau";
  }

  /** Whether the rule is one of the fallbacks this issue added (not the training text, stated level or access). */
  public static boolean fallback(ClassificationLevel l) {
    String r = rule(l);
    return !r.equals("none") && !r.equals("ROME accès") && !r.equals("branch formation / niveau");
  }

  /** "branch", "specialist" or "ROME". */
  static String kind(MetierProfile p) {
    return p.type() == SheetType.ROME ? "ROME" : p.parent() != null ? "specialist" : "branch";
  }

  /** Counts by kind of métier and rule, and the moves of the reviewed origins the rule decides. */
  public static String report(Mobility mobility) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (MetierProfile p : mobility.profiles()) {
      counts.computeIfAbsent(kind(p), k -> new TreeMap<>()).merge(rule(p.classification()), 1, Integer::sum);
    }
    StringBuilder b = new StringBuilder();
    counts.forEach((kind, rules) -> {
      int total = rules.values().stream().mapToInt(Integer::intValue).sum();
      b.append(String.format(Locale.ROOT, "%s: %d%n", kind, total));
      rules.forEach((rule, n) -> b.append(String.format(Locale.ROOT, "  %-28s %4d%n", rule, n)));
    });
    for (MetierProfile p : mobility.profiles()) {
      if (p.type() == SheetType.BRANCH) {
        ClassificationLevel l = p.classification();
        b.append(String.format(Locale.ROOT, "  %-8s %-4s %s%n", p.id(), l == null ? "-" : l.grade(), l == null ? "" : l.basis()));
      }
    }
    int decided = 0;
    int all = 0;
    for (String origin : MobilityKeyGapSample.ORIGINS) {
      int d = 0;
      int n = 0;
      int down = 0;
      for (DegreeGroup g : mobility.passerelles(origin).degrees()) {
        for (Passerelle p : g.passerelles()) {
          n++;
          ClassificationCheck.Status s = p.classification().status();
          d += s == ClassificationCheck.Status.NOT_APPLICABLE ? 0 : 1;
          down += s == ClassificationCheck.Status.VIOLATED ? 1 : 0;
        }
      }
      b.append(String.format(Locale.ROOT, "%s: the rule decides %d of %d moves (%d violated)%n", origin, d, n, down));
      decided += d;
      all += n;
    }
    b.append(String.format(Locale.ROOT, "seven origins: %d of %d%n", decided, all));
    return b.toString();
  }

  /**
   * {@code n} métiers whose level comes from a fallback rule, the first by SHA-256 of seed and id
   * (chosen by the hash, not by hand), as TSV with an empty grade column to fill.
   */
  public static String sample(Mobility mobility, int n, String seed) {
    List<MetierProfile> pool = new ArrayList<>(mobility.profiles().stream().filter(p -> fallback(p.classification())).toList());
    pool.sort(Comparator.comparing(p -> sha256(seed + ":" + p.id())));
    StringBuilder b = new StringBuilder("id\ttitle\tgrade\trule\tbasis\tplausible\treason\n");
    for (MetierProfile p : pool.subList(0, Math.min(n, pool.size()))) {
      ClassificationLevel l = p.classification();
      b.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t\t%n", p.id(), p.title(), l.grade(), rule(l), l.basis()));
    }
    return b.toString();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
