package fr.passerelles.mobility;

import fr.passerelles.mobility.GapCompetence.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes the {@link Gap} between two profiles. Thread-safe. */
final class GapAnalysis {
  private final CompetenceCoverage coverage;
  private final DegreeRule degrees;
  private final ProfileSimilarity similarity;
  private final KeyGaps keyGaps;
  /** An origin holding its counterparts' competences: one instance per origin, so what is read of it is read once. */
  private final OriginMemo<MetierProfile> counterpartsHeld = new OriginMemo<>(MetierProfile::withCounterpartsHeld);

  GapAnalysis(CompetenceCoverage coverage, DegreeRule degrees, ProfileSimilarity similarity, KeyGaps keyGaps) {
    this.coverage = coverage;
    this.degrees = degrees;
    this.similarity = similarity;
    this.keyGaps = keyGaps;
  }

  /**
   * The origins the engine's answers start from: these profiles, and the counterparts-held form of
   * each with counterparts (a target borrowing one of them, § 9), each indexed for coverage now;
   * what else is read of an origin once ({@link StatedItems}) is read of these.
   */
  List<MetierProfile> originsOf(java.util.Collection<MetierProfile> profiles) {
    Map<MetierProfile, MetierProfile> held = new java.util.IdentityHashMap<>();
    profiles.stream().filter(p -> !p.counterparts().isEmpty()).forEach(p -> held.put(p, p.withCounterpartsHeld()));
    counterpartsHeld.fix(held);
    List<MetierProfile> all = new ArrayList<>(profiles);
    profiles.stream().map(held::get).filter(java.util.Objects::nonNull).forEach(all::add);
    coverage.indexAll(all);
    return all;
  }

  Gap gap(MetierProfile origin, MetierProfile target) {
    return gap(origin, target, java.util.Set.of());
  }

  /**
   * @param denied competence ids a person says they do not master: a target competence that is or
   *     stands for one of them is never counted as shared
   */
  Gap gap(MetierProfile origin, MetierProfile target, java.util.Set<String> denied) {
    if (target.borrowsCounterpartOf(origin)) {
      origin = counterpartsHeld.get(origin); // the target is the origin's own ROME counterpart, borrowed
    }
    ClassificationCheck classification = ClassificationCheck.of(origin.classification(), target.classification());
    Regulation regulation = target.regulation() != null && target.regulation().barrierFrom(origin.regulation())
        ? target.regulation() : null;
    if (origin.competences().isEmpty() || target.competences().isEmpty()) {
      return new Gap(origin.ref(), target.ref(), 0, 0, false, List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), null, classification, regulation);
    }
    CompetenceCoverage.Origin o = coverage.origin(origin);
    List<GapCompetence> shared = new ArrayList<>();
    List<ProfileCompetence> lacking = new ArrayList<>();
    double covered = 0;
    for (ProfileCompetence c : target.competences()) {
      String by = denied.isEmpty() || !PersonalProfile.denies(denied, c) ? o.coveredBy(c) : null;
      if (by != null) {
        shared.add(competence(c, Action.SHARED, by, null));
        covered += c.weight();
      } else {
        lacking.add(c);
      }
    }
    // heaviest first, so that merging near-duplicates keeps the item that says most about the target
    lacking.sort(Comparator.comparingDouble(ProfileCompetence::weight).reversed());
    List<GapCompetence> missing = new ArrayList<>();
    List<GapCompetence> prerequisites = new ArrayList<>();
    Map<String, ProfileCompetence> byId = new HashMap<>();
    for (ProfileCompetence c : coverage.distinct(lacking, MobilitySettings.NEAR_SAME)) {
      byId.put(c.id(), c);
      if (c.prerequisite()) {
        prerequisites.add(competence(c, Action.PREREQUISITE, null, null));
        continue;
      }
      String related = o.relatedTo(c, MobilitySettings.PARTIAL_MATCH);
      missing.add(competence(c, related != null ? Action.DEEPEN : Action.ACQUIRE, null, related));
    }
    List<FieldGap> fields = degrees.fields(origin, target, missing);
    List<CompetenceField> newFields = fields.stream().filter(FieldGap::isNew).map(FieldGap::field).toList();
    double mass = target.mass();
    return new Gap(origin.ref(), target.ref(), DegreeRule.round(similarity.overlap(origin.id(), target.id())),
        DegreeRule.round(mass == 0 ? 0 : covered / mass), true, shared, missing,
        keyGaps.select(origin, target, missing, byId, denied), prerequisites, fields, newFields, degrees.degree(fields),
        classification, regulation);
  }

  private static GapCompetence competence(ProfileCompetence c, Action a, String coveredBy, String related) {
    return new GapCompetence(c.id(), c.text(), c.kind(), c.weight(), c.field(), a, coveredBy, c.area(), related);
  }
}
