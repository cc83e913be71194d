package fr.passerelles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CV as a timeline: each {@link Zone#EXPERIENCE} header opens an experience that runs until
 * the next header or section heading, and its lines count by how recent and how long it was. The
 * most recent experience counts fully; one that ended six years before it half as much; a summer
 * or student job, an internship, or an experience under six months half again. When the person
 * describes a job they still hold ("depuis 2021", "2019 – aujourd'hui"), that job leads and every
 * ended one counts half again, however recently it ended: a CV is about its current job, and the
 * job held until the current one began (the year the CV reads as its newest) is otherwise as
 * "recent" as it. These weights are relative to the leading experience, the heaviest one with a
 * line under its header. Lines before the first experience (a title, a stated target, a summary)
 * and under a skills heading count fully.
 *
 * <p>Years are compared with the newest year the CV itself mentions, not with today's date, so the
 * same CV always weighs the same.
 */
public final class CvTimeline {
  /** Years after which an experience counts half. */
  static final double HALF_LIFE_YEARS = 6;
  static final double MIN_RECENCY = 0.25;
  static final double SHORT_FACTOR = 0.5;
  /** What an ended experience counts beside a described current one. */
  static final double PAST_FACTOR = 0.5;

  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b(?:(0?[1-9]|1[0-2])[/.-]|(janv|fevr|fev|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)\\p{L}*\\.?\\s+)(19\\d{2}|20[0-4]\\d)\\b");
  private static final Pattern ONGOING = Pattern.compile(
      "\\b(aujourd'hui|a ce jour|ce jour|present|actuellement|actuel|en cours|maintenant|depuis)\\b");
  private static final Pattern SHORT_JOB = Pattern.compile(
      "\\b(job d'ete|jobs? etudiants?|saisonniere?|ete (19|20)\\d{2}|stages?|stagiaire|extras?|vacances|"
      + "emploi etudiant|contrat etudiant|interim)\\b");
  private static final String[] MONTHS = {"janv", "fev", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "dec"};

  /** Per segment: its zone and weight (zone weight × timeline weight). */
  public List<SegmentRole> roles(List<Segment> segments, List<Zone> zones) {
    List<Experience> experiences = new ArrayList<>();
    int newest = Integer.MIN_VALUE;
    for (int i = 0; i < segments.size(); i++) {
      if (zones.get(i) == Zone.EXPERIENCE) {
        Experience e = Experience.parse(ZoneTagger.fold(segments.get(i).text()));
        experiences.add(e);
        newest = Math.max(newest, e.end());
      }
    }
    double[] weights = new double[experiences.size()];
    for (int k = 0; k < weights.length; k++) {
      weights[k] = experiences.get(k).weight(newest);
    }
    boolean[] described = described(zones, weights.length);
    boolean currentDescribed = false;
    for (int k = 0; k < weights.length; k++) {
      currentDescribed |= described[k] && experiences.get(k).ongoing();
    }
    if (currentDescribed) {
      for (int k = 0; k < weights.length; k++) {
        if (!experiences.get(k).ongoing()) {
          weights[k] *= PAST_FACTOR;
        }
      }
    }
    double lead = leadingWeight(described, weights);
    List<SegmentRole> roles = new ArrayList<>(segments.size());
    double current = 1;
    int next = 0;
    for (int i = 0; i < segments.size(); i++) {
      Zone z = zones.get(i);
      if (z == Zone.EXPERIENCE) {
        current = Math.min(1, weights[next++] / lead);
      } else if (z == Zone.HEADING) {
        current = 1;
      }
      double w = round(z.weight() * (z == Zone.TASK || z == Zone.EXPERIENCE ? current : 1));
      List<SegmentRole.Aside> asides = new ArrayList<>(RecruitingAnnouncement.asides(segments.get(i), w));
      if (z == Zone.EXPERIENCE) {
        asides.addAll(asides(segments.get(i), round(CONTEXT * current)));
      }
      roles.add(new SegmentRole(z, w, asides));
    }
    return roles;
  }

  /**
   * The weight of the CV's leading experience: the heaviest one that describes anything (a task
   * line under its header). Weights are relative to it, so that a CV whose only described job is
   * an internship or a seasonal one still reads that job above its diplomas and hobbies, which
   * keep their own weights, and a bare header ("Depuis 2019 : Groupe Valmont") leads nothing.
   * 1 when no experience has a line.
   */
  private static double leadingWeight(boolean[] described, double[] weights) {
    double lead = 0;
    for (int k = 0; k < weights.length; k++) {
      if (described[k]) {
        lead = Math.max(lead, weights[k]);
      }
    }
    return lead > 0 ? lead : 1;
  }

  /** Per experience, whether a task line stands under its header (before the next header or heading). */
  private static boolean[] described(List<Zone> zones, int count) {
    boolean[] out = new boolean[count];
    int k = -1;
    boolean open = false;
    for (Zone z : zones) {
      if (z == Zone.EXPERIENCE) {
        k++;
        open = true;
      } else if (z == Zone.HEADING) {
        open = false;
      } else if (z == Zone.TASK && open) {
        out[k] = true;
      }
    }
    return out;
  }

  /**
   * What an experience header's employer, place, dates and contract weigh ({@link HeaderContext}):
   * as an employer's presentation, against the title's {@link Zone#EXPERIENCE} weight.
   */
  static final double CONTEXT = Zone.EMPLOYER.weight();

  private static List<SegmentRole.Aside> asides(Segment header, double weight) {
    List<SegmentRole.Aside> out = new ArrayList<>();
    for (int[] r : HeaderContext.ranges(header.text())) {
      out.add(new SegmentRole.Aside(header.start() + r[0], header.start() + r[1], weight));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** An experience's span in months since year 0, and whether it reads as a short or student job. */
  record Experience(int start, int end, int months, boolean ongoing, boolean shortJob) {
    static Experience parse(String folded) {
      List<Integer> monthStamps = new ArrayList<>();
      Matcher mm = MONTH_YEAR.matcher(folded);
      while (mm.find()) {
        int month = mm.group(1) != null ? Integer.parseInt(mm.group(1)) : monthIndex(mm.group(2));
        monthStamps.add(Integer.parseInt(mm.group(3)) * 12 + month - 1);
      }
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      Matcher ym = YEAR.matcher(folded);
      while (ym.find()) {
        int y = Integer.parseInt(ym.group(1));
        first = Math.min(first, y);
        last = Math.max(last, y);
      }
      boolean ongoing = ONGOING.matcher(folded).find();
      int months;
      if (monthStamps.size() >= 2) {
        months = Math.max(1, monthStamps.stream().mapToInt(Integer::intValue).max().getAsInt()
            - monthStamps.stream().mapToInt(Integer::intValue).min().getAsInt() + 1);
      } else {
        months = (last - first) * 12 + (first == last && !ongoing ? 6 : 0);
      }
      return new Experience(first, last, months, ongoing, SHORT_JOB.matcher(folded).find());
    }

    /** Recency against the CV's newest year, halved for short and student jobs. */
    double weight(int newest) {
      int end = ongoing ? newest : this.end;
      double recency = Math.max(MIN_RECENCY, Math.pow(0.5, (newest - end) / HALF_LIFE_YEARS));
      boolean brief = shortJob || (!ongoing && months < 6);
      return recency * (brief ? SHORT_FACTOR : 1);
    }

    private static int monthIndex(String name) {
      for (int i = 0; i < MONTHS.length; i++) {
        if (name.startsWith(MONTHS[i].substring(0, 3))) {
          return i + 1;
        }
      }
      return 1;
    }
  }
}
