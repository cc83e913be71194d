package fr.passerelles.search;

import fr.passerelles.index.ItemType;
import fr.passerelles.match.TextSpan;
import java.util.List;

/**
 * One item found.
 *
 * @param id stable item id ({@code 0102-v2-C10}, {@code ogr-123456})
 * @param kind competence kind, null for an activity
 * @param score BM25 score of the item for the query (comparable within one search only)
 * @param highlights the query's words in {@code text}, as offsets into it
 * @param sheets the sheets that list the item and pass the filters, heaviest first (at most
 *     {@link SkillSearch#SHEETS_PER_HIT})
 * @param sheetCount how many sheets list it and pass the filters
 */
public record SkillHit(
    String id,
    ItemType type,
    String text,
    String kind,
    float score,
    List<TextSpan> highlights,
    List<SkillSheet> sheets,
    int sheetCount) {}
