package fr.passerelles.nlp;

/**
 * The part a segment plays in the text: its zone and how much it counts.
 *
 * @param zone CV or job-ad zone ({@link ZoneTagger})
 * @param weight zone weight × CV timeline weight ({@link CvTimeline}), in [0, 1]
 */
public record SegmentRole(Zone zone, double weight) {
  public static final SegmentRole TASK = new SegmentRole(Zone.TASK, 1.0);

  public SegmentRole {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight out of [0, 1]: " + weight);
    }
  }
}
