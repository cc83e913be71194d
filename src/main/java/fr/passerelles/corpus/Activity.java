package fr.passerelles.corpus;

import java.util.List;

/**
 * One activity of a sheet. Sub-bullets of the seed stay under their parent as {@code children}.
 *
 * @param block the sheet's own grouping (004's blocks), null for 2009 sheets
 */
public record Activity(
    String id, Frequency frequency, String block, String text, List<SubActivity> children) {

  public Activity {
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** A sub-bullet of an activity; it shares its parent's frequency. */
  public record SubActivity(String id, String text) {}
}
