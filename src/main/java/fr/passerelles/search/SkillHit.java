package fr.passerelles.search;

import fr.passerelles.index.ItemType;
import fr.passerelles.match.TextSpan;
import java.util.List;

/**
 * One skill found: an item, with the near-duplicates folded into it (the same words in another
 * sheet or another release of a branch sheet).
 *
 * @param id stable id of the best-scored item ({@code 0102-v2-C10}, {@code ogr-123456})
 * @param kind competence kind, null for an activity
 * @param score BM25 score of the item for the query (comparable within one search only)
 * @param highlights the query's words in {@code text}, as offsets into it
 * @param sheets the sheets that list the item or a folded one and pass the filters, branch
 *     sheets first, then heaviest first (at most {@link SkillSearch#SHEETS_PER_HIT})
 * @param sheetCount how many sheets list it or a folded one and pass the filters
 * @param foldedIds the other items folded into this hit, in rank order; empty when none
 * @param allWords whether it has all the query's words (most, for a long query); false for a skill
 *     with only the most specific word, which a branch skill may be even above ROME's exact ones
 */
public record SkillHit(
    String id,
    ItemType type,
    String text,
    String kind,
    float score,
    List<TextSpan> highlights,
    List<SkillSheet> sheets,
    int sheetCount,
    List<String> foldedIds,
    boolean allWords) {}
