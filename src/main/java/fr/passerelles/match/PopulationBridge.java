package fr.passerelles.match;

import fr.passerelles.corpus.Nomenclature2009;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ROME sheets the branch's people hold: for a text near the branch, how likely each ROME sheet
 * is before its words are weighed, from the métiers' headcounts (001, I.4) and the ROME sheets each
 * métier maps to (the annex, else the reviewed link, as {@link AnnexBridge} reads them). A plateau
 * text that names only the situations it handles (a breakdown, a stolen passport) is about the
 * branch even when no métier of it is a confident answer; half the branch's people are chargés
 * d'assistance, whose sheet is D1408 (docs/quality.md, "The ROME sheets the branch's people hold").
 *
 * @param weight γ: the share of {@code P(sheet | branch)} a ROME sheet gains; 0 turns it off
 * @param romeShare each ROME code → P(code | branch): Σ over the métiers mapping to it of the
 *     métier's headcount share over its number of codes
 * @param gate the branch affinity a text must reach to be boosted; 0: the branch model's own floor
 */
public record PopulationBridge(double weight, Map<String, Double> romeShare, double gate) {
  public static final PopulationBridge OFF = new PopulationBridge(0, Map.of(), 0);

  public PopulationBridge {
    if (weight < 0 || weight > 1) {
      throw new IllegalArgumentException("population weight must be in [0, 1]: " + weight);
    }
    romeShare = Map.copyOf(romeShare);
    if (gate < 0 || gate > 1) {
      throw new IllegalArgumentException("population gate must be in [0, 1]: " + gate);
    }
  }

  /** The métiers' headcount shares spread over the ROME codes their indexed sheets map to. */
  public static PopulationBridge of(Nomenclature2009 nomenclature, SearchIndexes indexes, double weight) {
    Map<String, Double> rome = new HashMap<>();
    BranchPrior.shares(nomenclature).forEach((metier, share) -> {
      List<String> codes = indexes.sheet(metier).filter(s -> s.type() == SheetType.BRANCH)
          .map(SheetRecord::romeCodes).orElse(List.of());
      codes.forEach(code -> rome.merge(code, share / codes.size(), Double::sum));
    });
    return new PopulationBridge(weight, rome, 0);
  }

  /** The same shares at another weight (evaluation sweeps). */
  public PopulationBridge withWeight(double other) {
    return new PopulationBridge(other, romeShare, gate);
  }

  /** The same shares with its own gate (evaluation sweeps; 0: the branch model's floor). */
  public PopulationBridge withGate(double other) {
    return new PopulationBridge(weight, romeShare, other);
  }

  /** Whether a text of that branch affinity is near enough the branch, {@code modelFloor} the branch model's. */
  boolean admits(double affinity, double modelFloor) {
    return on() && affinity >= (gate > 0 ? gate : modelFloor);
  }

  boolean on() {
    return weight > 0;
  }

  /**
   * {@code bridged} (ROME code → boost share) with each sheet's population share added, both
   * boosts taken in turn (1 − (1 − s₁)(1 − s₂)); empty shares when off.
   */
  Map<String, Double> addedTo(Map<String, Double> bridged) {
    if (!on()) {
      return bridged;
    }
    Map<String, Double> out = new HashMap<>(bridged);
    romeShare.forEach((code, p) -> out.merge(code, weight * p, (a, b) -> 1 - (1 - a) * (1 - b)));
    return out;
  }
}
