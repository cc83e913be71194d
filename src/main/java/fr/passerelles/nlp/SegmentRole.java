package fr.passerelles.nlp;

import java.util.List;

/**
 * The part a segment plays in the text: its zone and how much it counts.
 *
 * @param zone CV or job-ad zone ({@link ZoneTagger})
 * @param weight zone weight × CV timeline weight ({@link CvTimeline}), in [0, 1]
 * @param asides spans of the segment that count less than the rest: in an experience header, the
 *     employer, place, dates and contract beside the job's title ({@link HeaderContext}); in any
 *     segment, the words announcing a post ({@link RecruitingAnnouncement})
 */
public record SegmentRole(Zone zone, double weight, List<Aside> asides) {
  public static final SegmentRole TASK = new SegmentRole(Zone.TASK, 1.0);

  /** A span of the text (offsets into the original) and its own weight. */
  public record Aside(int start, int end, double weight) {}

  public SegmentRole {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight out of [0, 1]: " + weight);
    }
    asides = List.copyOf(asides);
  }

  public SegmentRole(Zone zone, double weight) {
    this(zone, weight, List.of());
  }

  /** The weight at an offset of the segment. */
  public double weightAt(int offset) {
    for (Aside a : asides) {
      if (offset >= a.start() && offset < a.end()) {
        return a.weight();
      }
    }
    return weight;
  }
}
