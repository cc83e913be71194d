package fr.passerelles.mobility;

import fr.passerelles.corpus.MobilityReferential;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study's three degrees, computed from fields: a field of the target is <em>new</em> when it
 * is a real part of the target's work (at least {@link MobilitySettings#fieldSignificance()} of its
 * competence weight) and the origin barely works in it (less than {@link
 * MobilitySettings#originPresence()} of its own weight). No new field: degree 1; one: degree 2;
 * several: degree 3.
 */
final class DegreeRule {
  private final MobilitySettings settings;
  private final MobilityReferential referential;

  DegreeRule(MobilitySettings settings, MobilityReferential referential) {
    this.settings = settings;
    this.referential = referential;
  }

  /** The target's fields, largest first, with their share on both sides and whether each is new. */
  List<FieldGap> fields(MetierProfile origin, MetierProfile target, List<GapCompetence> missing) {
    Map<CompetenceField, Double> t = target.fieldMass();
    Map<CompetenceField, Double> o = origin.fieldMass();
    double tTotal = t.values().stream().mapToDouble(Double::doubleValue).sum();
    double oTotal = o.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<CompetenceField, Integer> missingByField = new LinkedHashMap<>();
    missing.stream().filter(m -> m.field() != null).forEach(m -> missingByField.merge(m.field(), 1, Integer::sum));
    List<FieldGap> out = new ArrayList<>();
    for (Map.Entry<CompetenceField, Double> e : t.entrySet()) {
      double targetShare = tTotal == 0 ? 0 : e.getValue() / tTotal;
      double originShare = oTotal == 0 ? 0 : o.getOrDefault(e.getKey(), 0.0) / oTotal;
      boolean isNew = targetShare >= settings.fieldSignificance()
          && originShare < settings.originPresence()
          && (settings.transversalFields() || !e.getKey().transversal());
      out.add(new FieldGap(e.getKey(), round(targetShare), round(originShare),
          missingByField.getOrDefault(e.getKey(), 0), isNew));
    }
    out.sort(java.util.Comparator.comparingDouble(FieldGap::targetShare).reversed()
        .thenComparing(f -> f.field().code()));
    return out;
  }

  Degree degree(List<FieldGap> fields) {
    int n = (int) fields.stream().filter(FieldGap::isNew).count();
    int value = n == 0 ? 1 : n == 1 ? 2 : 3;
    return new Degree(value, referential.degree(value).label(), n);
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
