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
 * @param review whether a person should check the placement (weak best hit or split vote)
 */
public record AlignedCompetence(
    String id, String sheet, String kind, String text, MacroPath path, double domaineSupport, double enjeuSupport,
    List<AlignmentHit> hits, boolean review) {

  public AlignedCompetence {
    hits = List.copyOf(hits);
  }

  /** Strength of the best hit, 0 without hits. */
  public double score() {
    return hits.isEmpty() ? 0 : hits.get(0).strength();
  }

  /** The {@code code_ogr} of the hits at least this strong: the ROME items it stands for. */
  public List<Integer> equivalents(double minStrength) {
    return hits.stream().filter(h -> h.strength() >= minStrength).map(AlignmentHit::ogr).toList();
  }
}
