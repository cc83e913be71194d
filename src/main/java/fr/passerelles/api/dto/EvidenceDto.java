package fr.passerelles.api.dto;

import java.util.List;

/**
 * Why a sheet matched: one of its activities or competences and the part of the input that says
 * the same.
 *
 * @param itemId stable id of the activity or competence ({@code 0102-v2-A17}, {@code ogr-123456})
 * @param type {@code activity} or {@code competence}
 * @param text the item's text, as in its sheet
 * @param kind competence kind ({@code savoir-faire}, {@code savoir-etre}, {@code savoir},
 *     {@code langue}); null for an activity
 * @param qualifier how common the item is in the job: frequency of an activity ({@code majority},
 *     {@code frequent}, {@code rare}) or situation of a competence ({@code majority}, {@code specific})
 * @param weight what the item weighs in this sheet, in [0, 1]
 * @param strength how much of the item the segment covers (cosine of IDF-weighted terms), in [0, 1]
 * @param segment the input line or sentence that matched, with its offsets into the input
 * @param matchedTerms the input's words that matched, as written
 * @param highlights where those words are in the input
 */
public record EvidenceDto(
    String itemId,
    String type,
    String text,
    String kind,
    String qualifier,
    double weight,
    double strength,
    TextSpanDto segment,
    List<String> matchedTerms,
    List<TextSpanDto> highlights) {}
