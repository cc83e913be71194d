package fr.passerelles.mobility;

/**
 * The parameters of the mobility computations, with the values the evaluation chose
 * (docs/mobility.md says why each).
 *
 * @param level the tree level that defines a champ de compétences
 * @param counterpartWeight weight of the competences of the ROME sheets a described branch métier
 *     is mapped to (000's annex, reviewed links), relative to its own; 0 leaves them out
 * @param equivalence minimum alignment strength for a branch competence to stand for a ROME item
 * @param textEquivalence minimum cosine for two competence texts to count as the same competence
 * @param fieldSignificance minimum share of the target's competence weight for one of its fields
 *     to count (below it, a field is a detail of the job, not a field of it)
 * @param originPresence share of the origin's weight below which the origin lacks a field
 * @param transversalFields whether the fields of domaine 6 (communication, organisation,
 *     savoir-être) can be new fields; every job has them
 * @param overlapWeights what the competence overlap of two métiers counts
 * @param candidateOverlap minimum competence overlap for a computed candidate
 * @param candidateLimit maximum computed candidates per métier
 * @param maxLevelRise how many classification levels a computed candidate may rise above the
 *     origin (no move the referential states rises more than two)
 * @param ranking the learned order of a ROME origin's computed candidates; null orders them by
 *     overlap and the {@link OverlapWeights} bonuses (the order before it, and branch origins')
 */
public record MobilitySettings(
    FieldLevel level,
    double counterpartWeight,
    double equivalence,
    double textEquivalence,
    double fieldSignificance,
    double originPresence,
    boolean transversalFields,
    OverlapWeights overlapWeights,
    double candidateOverlap,
    int candidateLimit,
    int maxLevelRise,
    RankingWeights ranking) {

  public static final FieldLevel DEFAULT_LEVEL = FieldLevel.DOMAINE;
  public static final double DEFAULT_COUNTERPART_WEIGHT = 0.5;
  public static final double DEFAULT_EQUIVALENCE = 0.5;
  public static final double DEFAULT_TEXT_EQUIVALENCE = 0.5;
  public static final double DEFAULT_FIELD_SIGNIFICANCE = 0.15;
  public static final double DEFAULT_ORIGIN_PRESENCE = 0.1;
  public static final boolean DEFAULT_TRANSVERSAL_FIELDS = false;
  public static final double DEFAULT_CANDIDATE_OVERLAP = 0.05;
  public static final int DEFAULT_CANDIDATE_LIMIT = 20;
  public static final int DEFAULT_MAX_LEVEL_RISE = 2;

  /** Key gaps listed per passerelle (the issue asks 5 to 10; the full list is on demand). */
  public static final int KEY_GAPS = 8;
  /**
   * Cosine of two competence texts from which a missing competence is one to deepen (the origin
   * has a partial match); below {@link #DEFAULT_TEXT_EQUIVALENCE} it is not the same competence.
   */
  public static final double PARTIAL_MATCH = 0.3;
  /** Cosine from which two items of one target are the same item said twice (merged). */
  public static final double NEAR_SAME = 0.8;

  public static final MobilitySettings DEFAULT = new MobilitySettings(
      DEFAULT_LEVEL, DEFAULT_COUNTERPART_WEIGHT, DEFAULT_EQUIVALENCE, DEFAULT_TEXT_EQUIVALENCE, DEFAULT_FIELD_SIGNIFICANCE,
      DEFAULT_ORIGIN_PRESENCE, DEFAULT_TRANSVERSAL_FIELDS, OverlapWeights.DEFAULT, DEFAULT_CANDIDATE_OVERLAP,
      DEFAULT_CANDIDATE_LIMIT, DEFAULT_MAX_LEVEL_RISE, RankingWeights.DEFAULT);

  public MobilitySettings {
    if (level == null || overlapWeights == null) {
      throw new IllegalArgumentException("mobility level and overlap weights must be set");
    }
    check("counterpartWeight", counterpartWeight);
    check("equivalence", equivalence);
    check("textEquivalence", textEquivalence);
    check("fieldSignificance", fieldSignificance);
    check("originPresence", originPresence);
    check("candidateOverlap", candidateOverlap);
    if (candidateLimit < 0 || maxLevelRise < 0) {
      throw new IllegalArgumentException("mobility candidateLimit and maxLevelRise must be >= 0");
    }
  }

  private static void check(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException("mobility " + name + " must be within [0, 1], got " + v);
    }
  }

  public MobilitySettings withLevel(FieldLevel l) {
    return new MobilitySettings(l, counterpartWeight, equivalence, textEquivalence, fieldSignificance, originPresence,
        transversalFields, overlapWeights, candidateOverlap, candidateLimit, maxLevelRise, ranking);
  }

  public MobilitySettings withFields(double significance, double presence, boolean transversal) {
    return new MobilitySettings(level, counterpartWeight, equivalence, textEquivalence, significance, presence, transversal,
        overlapWeights, candidateOverlap, candidateLimit, maxLevelRise, ranking);
  }

  public MobilitySettings withCandidates(double overlap, int limit) {
    return new MobilitySettings(level, counterpartWeight, equivalence, textEquivalence, fieldSignificance,
        originPresence, transversalFields, overlapWeights, overlap, limit, maxLevelRise, ranking);
  }

  public MobilitySettings withCounterpart(double weight) {
    return new MobilitySettings(level, weight, equivalence, textEquivalence, fieldSignificance, originPresence,
        transversalFields, overlapWeights, candidateOverlap, candidateLimit, maxLevelRise, ranking);
  }

  public MobilitySettings withOverlapWeights(OverlapWeights w) {
    return new MobilitySettings(level, counterpartWeight, equivalence, textEquivalence, fieldSignificance,
        originPresence, transversalFields, w, candidateOverlap, candidateLimit, maxLevelRise, ranking);
  }

  /** @param r the learned ranking's weights, null for the order by overlap and bonuses */
  public MobilitySettings withRanking(RankingWeights r) {
    return new MobilitySettings(level, counterpartWeight, equivalence, textEquivalence, fieldSignificance,
        originPresence, transversalFields, overlapWeights, candidateOverlap, candidateLimit, maxLevelRise, r);
  }
}
