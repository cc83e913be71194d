package fr.passerelles.index;

import java.util.List;
import java.util.Set;

/**
 * An indexed item held in memory (its weight depends on the sheet: {@link #weight(int)}): evidence needs its text, owners and analyzed terms for every hit,
 * and reading them from stored fields per request would dominate the latency.
 *
 * @param shapes what the item's wording makes it (qualification, summary), read at index time
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
    List<String> terms,
    Set<ItemShape> shapes) {

  public ItemRecord {
    shapes = shapes.isEmpty() ? Set.of() : Set.copyOf(shapes);
  }

  /** The item's weight in {@code sheets.get(i)}. */
  public float weight(int i) {
    return weights[i];
  }
}
