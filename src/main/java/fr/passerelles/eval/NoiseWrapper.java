package fr.passerelles.eval;

import fr.passerelles.eval.NoiseBank.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps a job description in job-ad or CV noise drawn from a {@link NoiseBank}, deterministically
 * from a seed: an ad has an employer presentation before the description and conditions and
 * application instructions after it; a CV cuts the description into bullet lines under a dated
 * employer, inside a skeleton of contact lines, an older job, education and extras.
 */
public final class NoiseWrapper {
  /** The two shapes of noisy query. */
  public enum Flavour {
    AD,
    CV
  }

  private static final List<String> AD_HEADINGS = List.of("Missions :", "Description du poste", "Le poste", "Vos missions");
  private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
      "août", "septembre", "octobre", "novembre", "décembre");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

  private final NoiseBank bank;

  public NoiseWrapper(NoiseBank bank) {
    this.bank = bank;
  }

  public String wrap(String description, Flavour flavour, long seed) {
    Random rnd = new Random(seed);
    Filler f = new Filler(rnd);
    return flavour == Flavour.AD ? ad(description, rnd, f) : cv(description, rnd, f);
  }

  private String ad(String description, Random rnd, Filler f) {
    List<String> conditions = distinct(Kind.AD_CONDITIONS, 2, rnd);
    return f.fill(pick(Kind.AD_EMPLOYER, rnd)) + "\n\n"
        + AD_HEADINGS.get(rnd.nextInt(AD_HEADINGS.size())) + "\n" + description.strip() + "\n\n"
        + f.fill(conditions.get(0)) + "\n" + f.fill(conditions.get(1)) + "\n\n"
        + f.fill(pick(Kind.AD_APPLY, rnd));
  }

  private String cv(String description, Random rnd, Filler f) {
    StringBuilder b = new StringBuilder();
    for (String h : distinct(Kind.CV_HEADER, 2, rnd)) {
      b.append(f.fill(h)).append('\n');
    }
    List<String> jobs = distinct(Kind.CV_EXPERIENCE, 2, rnd);
    b.append("\nExpérience professionnelle\n").append(f.fill(jobs.get(0))).append('\n');
    for (String line : bulletLines(description)) {
      b.append("- ").append(line).append('\n');
    }
    b.append(f.fill(jobs.get(1))).append("\n\nFormation\n");
    for (String e : distinct(Kind.CV_EDUCATION, 2, rnd)) {
      b.append(f.fill(e)).append('\n');
    }
    b.append("\nLangues et centres d'intérêt\n");
    for (String e : distinct(Kind.CV_EXTRAS, 2, rnd)) {
      b.append(f.fill(e)).append('\n');
    }
    return b.toString().strip();
  }

  /** The description's lines, long ones cut at sentence ends. */
  static List<String> bulletLines(String description) {
    List<String> out = new ArrayList<>();
    for (String line : description.split("\n")) {
      for (String sentence : line.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
        if (!sentence.isBlank()) {
          out.add(sentence.strip());
        }
      }
    }
    return out;
  }

  private String pick(Kind k, Random rnd) {
    List<String> l = bank.lines(k);
    return l.get(rnd.nextInt(l.size()));
  }

  private List<String> distinct(Kind k, int n, Random rnd) {
    List<String> l = new ArrayList<>(bank.lines(k));
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n && !l.isEmpty(); i++) {
      out.add(l.remove(rnd.nextInt(l.size())));
    }
    return out;
  }

  /** Fills the placeholders; one person per document, other values drawn afresh. */
  private final class Filler {
    private final Random rnd;
    private final String person;
    private final int start;

    Filler(Random rnd) {
      this.rnd = rnd;
      this.person = pick(Kind.PEOPLE, rnd);
      this.start = 2005 + rnd.nextInt(16);
    }

    String fill(String template) {
      Matcher m = PLACEHOLDER.matcher(template);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(b, Matcher.quoteReplacement(value(m.group(1))));
      }
      m.appendTail(b);
      return b.toString();
    }

    private String value(String name) {
      return switch (name) {
        case "employeur" -> pick(Kind.EMPLOYERS, rnd);
        case "ville" -> pick(Kind.CITIES, rnd);
        case "nom" -> person;
        case "email" -> ident() + "@" + (rnd.nextBoolean() ? "courriel.fr" : "exemple.fr");
        case "ident" -> ident();
        case "tel" -> String.format(Locale.ROOT, "06 %02d %02d %02d %02d", rnd.nextInt(100), rnd.nextInt(100),
            rnd.nextInt(100), rnd.nextInt(100));
        case "annee" -> Integer.toString(start);
        case "annee_fin" -> Integer.toString(start + 1 + rnd.nextInt(4));
        case "mois" -> MONTHS.get(rnd.nextInt(MONTHS.size()));
        case "date" -> (1 + rnd.nextInt(28)) + " " + MONTHS.get(rnd.nextInt(MONTHS.size())) + " 2025";
        case "age" -> Integer.toString(22 + rnd.nextInt(35));
        case "effectif" -> Integer.toString(50 + 10 * rnd.nextInt(300));
        case "salaire" -> String.format(Locale.ROOT, "%d %03d", 1 + rnd.nextInt(2), 500 + rnd.nextInt(5) * 100);
        case "salaire2" -> String.format(Locale.ROOT, "%d %03d", 2 + rnd.nextInt(2), rnd.nextInt(10) * 100);
        case "heures" -> Integer.toString(35 + rnd.nextInt(5));
        case "ref" -> String.format(Locale.ROOT, "REF-%05d", rnd.nextInt(100_000));
        default -> throw new IllegalStateException("unknown placeholder {" + name + "}");
      };
    }

    private String ident() {
      return NameMask.fold(person).replace(' ', '.');
    }
  }
}
