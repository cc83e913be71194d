package fr.passerelles.match;

import fr.passerelles.index.ItemType;
import java.util.List;

/**
 * Why a sheet matched: one of its activities or competences, the part of the input that matched
 * it, and the matched words.
 *
 * @param weight how much the item says about its sheet (frequency / situation)
 * @param strength probability that the segment states the item (EvidenceJudge; calibrated on the
 *     graded evidence set), at least the model's threshold
 * @param segment the input segment (CV line or sentence) that matched, with offsets into the input
 * @param matchedTerms the input's words that matched, as written by the user
 * @param highlights offsets of those words in the input, for highlighting
 */
public record Evidence(
    String itemId,
    ItemType type,
    String text,
    String qualifier,
    String kind,
    double weight,
    double strength,
    TextSpan segment,
    List<String> matchedTerms,
    List<TextSpan> highlights) {

  Evidence withWeight(double w) {
    return new Evidence(itemId, type, text, qualifier, kind, w, strength, segment, matchedTerms, highlights);
  }
}
