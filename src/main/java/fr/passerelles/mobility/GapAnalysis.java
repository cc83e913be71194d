package fr.passerelles.mobility;

import fr.passerelles.mobility.GapCompetence.Action;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Computes the {@link Gap} between two profiles. Thread-safe. */
final class GapAnalysis {
  private final CompetenceCoverage coverage;
  private final DegreeRule degrees;
  private final ProfileSimilarity similarity;

  GapAnalysis(CompetenceCoverage coverage, DegreeRule degrees, ProfileSimilarity similarity) {
    this.coverage = coverage;
    this.degrees = degrees;
    this.similarity = similarity;
  }

  Gap gap(MetierProfile origin, MetierProfile target) {
    ClassificationCheck classification = ClassificationCheck.of(origin.classificationLevel(), target.classificationLevel());
    if (origin.competences().isEmpty() || target.competences().isEmpty()) {
      return new Gap(origin.ref(), target.ref(), 0, 0, false, List.of(), List.of(), List.of(), List.of(), null,
          classification);
    }
    CompetenceCoverage.Origin o = coverage.origin(origin);
    Set<CompetenceField> originFields = new HashSet<>(origin.fieldMass().keySet());
    List<GapCompetence> shared = new ArrayList<>();
    List<ProfileCompetence> lacking = new ArrayList<>();
    double covered = 0;
    for (ProfileCompetence c : target.competences()) {
      String by = o.coveredBy(c);
      if (by != null) {
        shared.add(new GapCompetence(c.id(), c.text(), c.kind(), c.weight(), c.field(), Action.SHARED, by));
        covered += c.weight();
      } else {
        lacking.add(c);
      }
    }
    List<GapCompetence> missing = new ArrayList<>();
    for (ProfileCompetence c : lacking) {
      Action a = c.field() != null && originFields.contains(c.field()) ? Action.DEEPEN : Action.ACQUIRE;
      missing.add(new GapCompetence(c.id(), c.text(), c.kind(), c.weight(), c.field(), a, null));
    }
    List<FieldGap> fields = degrees.fields(origin, target, missing);
    List<CompetenceField> newFields = fields.stream().filter(FieldGap::isNew).map(FieldGap::field).toList();
    double mass = target.mass();
    return new Gap(origin.ref(), target.ref(), DegreeRule.round(similarity.overlap(origin.id(), target.id())),
        DegreeRule.round(mass == 0 ? 0 : covered / mass), true, shared, missing, fields, newFields,
        degrees.degree(fields), classification);
  }
}
