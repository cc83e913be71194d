package fr.passerelles.index;

import java.util.List;

/**
 * An indexed item held in memory (its weight depends on the sheet: {@link #weight(int)}): evidence needs its text, owners and analyzed terms for every hit,
 * and reading them from stored fields per request would dominate the latency.
 */
public record ItemRecord(
    String id,
    ItemType type,
    String text,
    String qualifier,
    String kind,
    String macro,
    List<String> sheets,
    float[] weights,
    List<String> terms) {

  /** The item's weight in {@code sheets.get(i)}. */
  public float weight(int i) {
    return weights[i];
  }
}
