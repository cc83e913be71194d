package fr.passerelles.search;

import fr.passerelles.index.SheetRecord;

/**
 * A sheet that requires an item.
 *
 * @param weight what the item weighs in this sheet, in [0, 1] (1 for a core or majority item)
 */
public record SkillSheet(SheetRecord sheet, float weight) {}
