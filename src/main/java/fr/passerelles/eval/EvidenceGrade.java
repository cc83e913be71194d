package fr.passerelles.eval;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One graded pair of the evidence set: a span of a text and an item the matcher gave as evidence
 * for it, with a person's verdict.
 *
 * @param text the text's id (its file name without {@code .txt})
 * @param span the segment or action phrase, as the matcher cut it
 * @param item the item's id
 * @param itemText the item's wording, for the reader
 * @param sheet the sheet it was shown for
 * @param grade {@code right} (the span states the item), {@code partial} (part of it, or a vaguer
 *     version), {@code wrong} (shared words with another meaning, context, boilerplate)
 * @param reason a short why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceGrade(
    String text, String span, String item, String itemText, String sheet, String grade, String reason) {

  public boolean right() {
    return "right".equals(grade);
  }

  public boolean rightOrPartial() {
    return right() || "partial".equals(grade);
  }
}
