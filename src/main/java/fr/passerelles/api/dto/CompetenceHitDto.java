package fr.passerelles.api.dto;

import java.util.List;

/**
 * A competence (or activity) found by a search.
 *
 * @param id stable id ({@code 0102-v2-C10}, {@code ogr-123456}), as in the sheets and in match evidence
 * @param type {@code competence} or {@code activity}
 * @param text the item's text, as in its sheet
 * @param kind competence kind ({@code savoir-faire}, {@code savoir-etre}, {@code savoir},
 *     {@code langue}); null for an activity
 * @param score BM25 relevance, comparable within one search only
 * @param highlights the searched words in {@code text}, as offsets into it
 * @param sheets the sheets that list it (and pass the filters), branch sheets first, then heaviest, 20 at most
 * @param sheetCount how many sheets list it (or a folded item) and pass the filters
 * @param foldedIds near-duplicate items (same words) folded into this one; their sheets are listed too
 */
public record CompetenceHitDto(
    String id,
    String type,
    String text,
    String kind,
    double score,
    List<TextSpanDto> highlights,
    List<CompetenceSheetDto> sheets,
    int sheetCount,
    List<String> foldedIds) {}
