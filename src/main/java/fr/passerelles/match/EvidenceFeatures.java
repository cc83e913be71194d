package fr.passerelles.match;

import java.util.List;

/**
 * What {@link EvidenceJudge} knows about one (span, item) pair at match time, beyond the cosine:
 * how much of each side the shared terms cover, whether they include the item's most specific
 * term and its head (the action it names), how many items the same span evidences, and whether
 * the span looks like ad or CV context rather than a statement of work.
 *
 * @param cosine cosine of the IDF-weighted term sets (the strength used before the judge)
 * @param itemCoverage share of the item's squared-IDF weight the span has
 * @param spanCoverage share of the span's squared-IDF weight the item has
 * @param matchedTerms how many of the item's terms the span has
 * @param itemTerms how many distinct terms the item has
 * @param rarestMatched the span has the item's rarest term (highest IDF)
 * @param headMatched the span has the item's head (its verb or action noun: the first term, or the one
 *     after a support verb such as "assure" or "procède à"), or a form of it
 * @param spanTerms how many distinct terms the span has
 * @param fanOut how many items (both indexes) the span reaches over the cosine floor, at most 20
 * @param phrase the span is an action phrase, not a whole segment
 * @param boilerplate the span's segment has an ad cue: employer presentation, contract, salary,
 *     application, profile requirement ({@link EvidenceBoilerplate})
 * @param context the span's segment has a CV cue: dates, education, languages, hobbies
 * @param knowledgeItem the item is a knowledge or a language (a noun phrase, not an action)
 * @param qualificationItem the item names a diploma, title or certificate ("BTS …", "Titre
 *     professionnel …"): a job title or an education line shares its words without holding it
 * @param summaryItem the item is a sheet's summary sentence ("Le Conducteur de bus assure …"),
 *     which a job title shares words with
 */
public record EvidenceFeatures(
    double cosine,
    double itemCoverage,
    double spanCoverage,
    int matchedTerms,
    int itemTerms,
    boolean rarestMatched,
    boolean headMatched,
    int spanTerms,
    int fanOut,
    boolean phrase,
    boolean boilerplate,
    boolean context,
    boolean knowledgeItem,
    boolean qualificationItem,
    boolean summaryItem) {

  /** The names of {@link #vector()}'s entries, in order (the model file lists them too). */
  public static final List<String> NAMES = List.of(
      "cosine", "itemCoverage", "spanCoverage", "logMatchedTerms", "logItemTerms", "rarestMatched",
      "headMatched", "logSpanTerms", "logFanOut", "phrase", "boilerplate", "context",
      "knowledgeItem", "qualificationItem", "summaryItem");

  /** The model's inputs: counts on a log scale, flags as 0 or 1. */
  public double[] vector() {
    return new double[] {
      cosine, itemCoverage, spanCoverage, Math.log(matchedTerms), Math.log(itemTerms),
      flag(rarestMatched), flag(headMatched), Math.log(1 + spanTerms), Math.log(fanOut),
      flag(phrase), flag(boilerplate), flag(context), flag(knowledgeItem), flag(qualificationItem),
      flag(summaryItem)
    };
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }
}
