package fr.passerelles.search;

import java.util.List;

/**
 * A branch métier that needs the searched skill, with the items of its sheets that state it.
 *
 * @param metier the branch métier code ({@code 0102}; the sheets of one métier share it)
 * @param title the métier's title (its main sheet's)
 * @param sheetIds its sheets that list the items ({@code 0102}, {@code 0102-v2})
 * @param itemCount how many distinct skills of its sheets state it (near-duplicates folded)
 * @param items the best of them, best first (at most {@link SkillSearch#ITEMS_PER_METIER})
 */
public record BranchMetier(String metier, String title, List<String> sheetIds, int itemCount, List<Item> items) {
  public BranchMetier {
    sheetIds = List.copyOf(sheetIds);
    items = List.copyOf(items);
  }

  /** An item that states the skill: its id and text. */
  public record Item(String id, String text) {}
}
