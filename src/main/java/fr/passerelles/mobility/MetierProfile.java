package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a métier requires, as the mobility computations see it.
 *
 * @param id see {@link MetierRef#id()}
 * @param metier the 2009 métier code (branch) or the ROME code
 * @param classification its level for the classification rule ({@link MetierGrades}), null when
 *     nothing the referential says gives one
 * @param regulation the regulated diploma or title it needs, null when none
 * @param sources the branch sheets it is built from, or the ROME sheets it borrows
 * @param counterparts the ROME sheets the study's annex maps a described branch métier to
 * @param competences what the métier's own sheet states (or, for a métier the seeds only name,
 *     the ROME sheets it borrows): gaps and fields use these
 * @param counterpartCompetences the counterparts' competences, at {@link
 *     MobilitySettings#counterpartWeight()}: a bridge for the competence overlap only, since a
 *     branch sheet's wording and ROME's items share few words
 * @param parent the umbrella métier of a specialist sub-sheet ({@code 0104}), else null
 * @param umbrella true for a métier that groups specialist sub-sheets (0104): a target only when
 *     named, never a computed candidate (its sub-sheets are)
 */
public record MetierProfile(
    String id,
    SheetType type,
    String metier,
    String title,
    String family,
    String familyLabel,
    String metier2024,
    ClassificationLevel classification,
    Regulation regulation,
    List<String> sources,
    List<String> counterparts,
    String parent,
    boolean umbrella,
    List<ProfileCompetence> competences,
    List<ProfileCompetence> counterpartCompetences) {

  public MetierProfile {
    sources = List.copyOf(sources);
    counterparts = List.copyOf(counterparts);
    competences = List.copyOf(competences);
    counterpartCompetences = List.copyOf(counterpartCompetences);
  }

  /** The minimum certification level (3 = CAP … 8 = doctorat), null when unknown. */
  public Integer classificationLevel() {
    return classification == null ? null : classification.diploma();
  }

  /** Whether its competences are a borrowed ROME sheet's (a métier the seeds only name). */
  public boolean borrowed() {
    return type == SheetType.BRANCH && !sources.isEmpty() && sources.get(0).matches("[A-N]\\d{4}");
  }

  /**
   * Whether this métier borrows only ROME sheets that the study's annex maps {@code origin} to: the
   * annex says the origin does that sheet's job (0201 médecin régulateur and 0204 médecin de transport
   * médical are both J1102), so the target's borrowed items are the origin's own counterpart's.
   */
  public boolean borrowsCounterpartOf(MetierProfile origin) {
    return borrowed() && !origin.counterparts().isEmpty() && origin.counterparts().containsAll(sources);
  }

  /** The same métier holding its counterparts' competences as its own (see {@link #borrowsCounterpartOf}). */
  public MetierProfile withCounterpartsHeld() {
    List<ProfileCompetence> all = new java.util.ArrayList<>(competences);
    all.addAll(counterpartCompetences);
    return new MetierProfile(id, type, metier, title, family, familyLabel, metier2024, classification, regulation,
        sources, counterparts, parent, umbrella, all, counterpartCompetences);
  }

  public MetierRef ref() {
    return new MetierRef(id, type, title, metier2024);
  }

  /** Total weight of the competences. */
  public double mass() {
    return competences.stream().mapToDouble(ProfileCompetence::weight).sum();
  }

  /** Weight of the competences per field, in order of first appearance (unplaced ones left out). */
  public Map<CompetenceField, Double> fieldMass() {
    Map<CompetenceField, Double> m = new LinkedHashMap<>();
    for (ProfileCompetence c : competences) {
      if (c.field() != null) {
        m.merge(c.field(), c.weight(), Double::sum);
      }
    }
    return m;
  }

  /**
   * Share of this métier's core savoir-faire (weight 1) that a profile with these items and
   * macro-compétences lists or has a macro-compétence of: a learned ranking signal.
   */
  public double coreCoveredBy(java.util.Set<String> items, java.util.Set<Integer> macros) {
    int n = 0;
    int covered = 0;
    for (ProfileCompetence c : competences) {
      if (c.weight() >= 1.0 && "savoir-faire".equals(c.kind())) {
        n++;
        covered += items.contains(c.id()) || c.macro() != 0 && macros.contains(c.macro()) ? 1 : 0;
      }
    }
    return n == 0 ? 0 : (double) covered / n;
  }
}
