package fr.passerelles.match;

import fr.passerelles.index.SheetType;
import java.util.List;

/**
 * One ranked sheet.
 *
 * @param score probability-like score in [0, 1] from the fitted {@link ScoreModel}: comparable
 *     across texts (see docs/matching.md)
 * @param features the signals fused into {@code score} (rounded)
 * @param title the recognised title ("intitulé reconnu"), or null
 * @param borrowedFrom ROME codes whose text stands in for a branch métier the seeds only name
 * @param neighbourShare the share of the votes of the labelled texts nearest the text that name this
 *     sheet (a branch sheet: its métier), in [0, 1]; 0 where no vote reaches it (docs/matching.md §4)
 * @param support what brings the sheet into the answer: the text's words, or only the labelled
 *     texts, the branch or the text's meaning ({@link Support})
 */
public record SheetMatch(
    String id,
    SheetType type,
    String metier,
    String title,
    String family,
    String familyLabel,
    double score,
    ScoreFeatures features,
    RecognizedTitle recognizedTitle,
    List<Evidence> evidence,
    List<String> borrowedFrom,
    double neighbourShare,
    Support support) {

  /** Whole-text similarity, relative to the best sheet, in [0, 1]. */
  public double textScore() {
    return features.textRel();
  }

  /** Aggregated strength of the matched items, in [0, 1]. */
  public double evidenceScore() {
    return features.evidence();
  }

  /** Strength of the job title recognised in the text, 0 when none. */
  public double titleScore() {
    return features.title();
  }
}
