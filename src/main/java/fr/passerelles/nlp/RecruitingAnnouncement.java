package fr.passerelles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words by which an ad announces that it hires ("Avis de recrutement d'un(e) chauffeur", "La
 * commune recrute un(e) …", "Appel à candidatures"): they say that a post is open, nothing of the
 * job, yet "recrutement" and "candidature" are the very words of the recruiter's own sheets (M1502
 * Chargé de recrutement), which they pulled to the top of ads for drivers and accountants. They
 * count as the recruitment process counts ({@link Zone#APPLICATION}); the title after them keeps
 * its own weight.
 */
public final class RecruitingAnnouncement {
  private static final Pattern ANNOUNCEMENT = Pattern.compile(
      "(?<!\\p{L})(?:avis\\s+de\\s+recrutement|appels?\\s+[àa]\\s+candidatures?"
      + "|recrutement\\s+d['’]\\s*une?(?![\\p{L}])\\S*"
      + "|(?:recrute|recrutent|recrutons|recherchons|embauchons)\\s+(?:une?|des|\\d+)(?![\\p{L}])\\S*"
      // not "recherche un dépanneur", "l'embauche des saisonniers": a task's words
      + "|(?:embauche|embauchent)\\s+(?:une?|\\d+)(?![\\p{L}])\\S*)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private RecruitingAnnouncement() {}

  /** The announcement's {start, end} offsets in {@code text}, in order. */
  public static List<int[]> ranges(String text) {
    List<int[]> out = new ArrayList<>(0);
    if (text.isEmpty()) {
      return out;
    }
    var m = ANNOUNCEMENT.matcher(text);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /** The announcement's spans in a segment, weighing at most {@code weight} and the recruitment process's. */
  static List<SegmentRole.Aside> asides(Segment segment, double weight) {
    List<SegmentRole.Aside> out = new ArrayList<>(0);
    for (int[] r : ranges(segment.text())) {
      out.add(new SegmentRole.Aside(segment.start() + r[0], segment.start() + r[1], Math.min(weight, Zone.APPLICATION.weight())));
    }
    return out;
  }
}
