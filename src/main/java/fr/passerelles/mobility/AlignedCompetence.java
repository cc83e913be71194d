package fr.passerelles.mobility;

import fr.passerelles.rome.CompetenceTree.MacroPath;
import java.util.List;

/**
 * A branch competence placed in ROME's competence tree by the aligner.
 *
 * @param id branch item id ({@code 0102-v2-C04})
 * @param sheet the sheet it comes from
 * @param path the macro-compétence (with objectif, enjeu, domaine) it was placed under; null
 *     when nothing close enough was found
 * @param domaineSupport share of the votes that went to the chosen domaine, in [0, 1]
 * @param enjeuSupport share of the votes that went to the chosen enjeu, in [0, 1]
 * @param hits the closest ROME items, strongest first
 * @param review whether a person should still check the placement (weak best hit or split vote,
 *     and no review decision yet)
 * @param reviewed the review's decision ({@link AlignmentReview}), null when not reviewed
 * @param reviewedEquivalents the ROME items the review says it stands for, null to keep the hits
 * @param reviewReason why the review decided so, null when not reviewed
 */
public record AlignedCompetence(
    String id, String sheet, String kind, String text, MacroPath path, double domaineSupport, double enjeuSupport,
    List<AlignmentHit> hits, boolean review, AlignmentReview.Decision reviewed, List<Integer> reviewedEquivalents,
    String reviewReason) {

  public AlignedCompetence {
    hits = List.copyOf(hits);
    reviewedEquivalents = reviewedEquivalents == null ? null : List.copyOf(reviewedEquivalents);
  }

  /** A placement as the aligner made it, not reviewed. */
  public AlignedCompetence(String id, String sheet, String kind, String text, MacroPath path, double domaineSupport,
      double enjeuSupport, List<AlignmentHit> hits, boolean review) {
    this(id, sheet, kind, text, path, domaineSupport, enjeuSupport, hits, review, null, null, null);
  }

  /** Strength of the best hit, 0 without hits. */
  public double score() {
    return hits.isEmpty() ? 0 : hits.get(0).strength();
  }

  /**
   * The ROME items it stands for: those the review names, else the {@code code_ogr} of the hits at
   * least this strong.
   */
  public List<Integer> equivalents(double minStrength) {
    if (reviewedEquivalents != null) {
      return reviewedEquivalents;
    }
    return hits.stream().filter(h -> h.strength() >= minStrength).map(AlignmentHit::ogr).toList();
  }
}
