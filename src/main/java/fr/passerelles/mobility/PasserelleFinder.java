package fr.passerelles.mobility;

import fr.passerelles.corpus.Corpus;
import fr.passerelles.corpus.MobilityReferential;
import fr.passerelles.corpus.Nomenclature2024;
import fr.passerelles.index.SheetType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a métier's aire de mobilité: the referential's moves with their stated degree (or the
 * computed one when none is stated), then the computed candidates — the métiers whose competence
 * overlap with the origin reaches {@link MobilitySettings#candidateOverlap()}, best first, at most
 * {@link MobilitySettings#candidateLimit()}, never below the origin's classification level nor
 * more than {@link MobilitySettings#maxLevelRise()} levels above it.
 */
final class PasserelleFinder {
  private final Corpus corpus;
  private final MetierProfiles profiles;
  private final CuratedMoves curated;
  private final ProfileSimilarity similarity;
  private final GapAnalysis gaps;
  private final MobilitySettings settings;
  private final CandidateRanker ranker;
  private final MetierGrades grades;

  PasserelleFinder(Corpus corpus, MetierProfiles profiles, CuratedMoves curated, ProfileSimilarity similarity,
      GapAnalysis gaps, MobilitySettings settings, CandidateRanker ranker, MetierGrades grades) {
    this.corpus = corpus;
    this.profiles = profiles;
    this.curated = curated;
    this.similarity = similarity;
    this.gaps = gaps;
    this.settings = settings;
    this.ranker = ranker;
    this.grades = grades;
  }

  MobilityArea area(MetierProfile origin, MobilityScope scope) {
    return area(origin, scope, Set.of());
  }

  /** @param denied competence ids the person says they do not master ({@link GapAnalysis}) */
  MobilityArea area(MetierProfile origin, MobilityScope scope, Set<String> denied) {
    List<Passerelle> all = new ArrayList<>();
    Set<String> stated = new HashSet<>();
    for (CuratedMove m : curated.of(origin)) {
      stated.add(m.targetId());
      referential(origin, m, denied).ifPresent(all::add);
    }
    for (ProfileSimilarity.Scored s : candidates(origin, scope, stated)) {
      passerelle(gaps.gap(origin, s.profile(), denied), null, Passerelle.COMPUTED, List.of(), null).ifPresent(all::add);
    }
    MobilityReferential referential = corpus.mobility();
    List<DegreeGroup> groups = new ArrayList<>();
    for (int d = 1; d <= 3; d++) {
      int degree = d;
      List<Passerelle> group = all.stream().filter(p -> p.degree() == degree)
          .sorted(Comparator.comparing((Passerelle p) -> !p.source().equals(Passerelle.REFERENTIAL))
              .thenComparing(Comparator.comparingDouble(Passerelle::overlap).reversed())
              .thenComparing(p -> p.target().id()))
          .toList();
      groups.add(new DegreeGroup(d, referential.degree(d).label(), group));
    }
    return new MobilityArea(origin.ref(), origin.classificationLevel(), origin.classification(), groups,
        curated.unresolved(origin));
  }

  /**
   * The move from {@code origin} to one target as its area would file it (stated by the referential,
   * else computed), even when the target is not among its candidates; empty when it has no degree.
   */
  Optional<Passerelle> move(MetierProfile origin, MetierProfile target, Set<String> denied) {
    for (CuratedMove m : curated.of(origin)) {
      if (m.targetId().equals(target.id())) {
        return referential(origin, m, denied);
      }
    }
    return passerelle(gaps.gap(origin, target, denied), null, Passerelle.COMPUTED, List.of(), null);
  }

  /**
   * The computed candidates: profiles in scope, neither stated nor umbrella nor the origin's own
   * umbrella, allowed by the classification rule, with enough overlap; best first.
   */
  List<ProfileSimilarity.Scored> candidates(MetierProfile origin, MobilityScope scope, Set<String> excluded) {
    return candidates(origin, scope, excluded, settings.candidateOverlap(), settings.candidateLimit());
  }

  List<ProfileSimilarity.Scored> candidates(
      MetierProfile origin, MobilityScope scope, Set<String> excluded, double minOverlap, int limit) {
    List<ProfileSimilarity.Scored> out = new ArrayList<>();
    for (ProfileSimilarity.Scored s : ranked(origin, scope, excluded, minOverlap)) {
      if (out.size() >= limit) {
        break;
      }
      if (s.overlap() >= minOverlap && reachable(origin, s.profile())) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Profiles in scope, neither excluded nor the origin's umbrella, in the order candidates are taken:
   * for a ROME origin with a learned ranking, those reaching {@code minOverlap} by their learned score
   * (fitted on ROME's links between ROME sheets); otherwise by overlap and bonuses.
   */
  private List<ProfileSimilarity.Scored> ranked(MetierProfile origin, MobilityScope scope, Set<String> excluded,
      double minOverlap) {
    List<ProfileSimilarity.Scored> byOverlap = similarity.rank(origin.id(), p -> scope.accepts(p) && !p.umbrella()
        && !excluded.contains(p.id()) && !p.id().equals(origin.parent()));
    if (settings.ranking() == null || origin.type() != SheetType.ROME || scope != MobilityScope.ROME) {
      return byOverlap;
    }
    return ranker.rank(origin, byOverlap.stream().filter(s -> s.overlap() >= minOverlap).toList(), settings.ranking());
  }

  /** The content signals of a ROME origin's candidates reaching {@code minOverlap}, by overlap (evaluation). */
  List<RankingSignals> signals(MetierProfile origin, double minOverlap) {
    return ranker.signals(origin, similarity.rank(origin.id(), p -> p.type() == SheetType.ROME && !p.umbrella())
        .stream().filter(s -> s.overlap() >= minOverlap).toList());
  }

  /**
   * For a branch origin, a computed move is one a person makes by acquiring competences: never to
   * a regulated profession the origin is not in (the diploma opens it), and within the study's
   * classification rule with no rise of more than {@link MobilitySettings#maxLevelRise()} grades.
   * ROME origins are not filtered: the rule is the branch's, ROME's own links step down and reach
   * regulated jobs; such moves carry their classification check and regulation instead.
   */
  private boolean reachable(MetierProfile origin, MetierProfile target) {
    if (origin.type() != SheetType.BRANCH) {
      return true;
    }
    if (target.regulation() != null && target.regulation().barrierFrom(origin.regulation())) {
      return false;
    }
    ClassificationLevel from = origin.classification();
    ClassificationLevel to = target.classification();
    return ClassificationCheck.of(from, to).allows()
        && (from == null || to == null || to.grade() - from.grade() <= settings.maxLevelRise());
  }

  private Optional<Passerelle> referential(MetierProfile origin, CuratedMove m, Set<String> denied) {
    Optional<MetierProfile> target = profiles.profile(m.targetId());
    if (target.isPresent()) {
      return passerelle(gaps.gap(origin, target.get(), denied), m.statedDegree(), Passerelle.REFERENTIAL,
          m.references(), m.text());
    }
    Optional<Nomenclature2024.Metier> only2024 = corpus.metier2024(m.targetId());
    if (only2024.isEmpty() || m.statedDegree() == null) {
      return Optional.empty(); // a ROME code outside the loaded release, or nothing to file it under
    }
    Nomenclature2024.Metier t = only2024.get();
    return Optional.of(new Passerelle(new MetierRef(t.id(), SheetType.BRANCH, t.title(), t.id()), m.statedDegree(),
        m.statedDegree(), null, Passerelle.REFERENTIAL, m.references(), m.text(), 0, 0, List.of(), List.of(), List.of(),
        List.of(), ClassificationCheck.of(origin.classification(), grades.family(t.family(), t.id())), AiExposure.of(t), false, List.of(), null,
        false));
  }

  /** A passerelle from a gap; empty when it has no degree to be filed under. */
  private Optional<Passerelle> passerelle(Gap g, Integer statedDegree, String source, List<String> references, String text) {
    Integer computed = g.comparable() ? g.degree().value() : null;
    Integer degree = statedDegree != null ? statedDegree : computed;
    if (degree == null) {
      return Optional.empty();
    }
    AiExposure exposure = Optional.ofNullable(g.to().metier2024()).flatMap(corpus::metier2024)
        .map(AiExposure::of).orElse(null);
    return Optional.of(new Passerelle(g.to(), degree, statedDegree, computed, source, references, text, g.overlap(),
        g.coverage(), g.missing(), g.keyGaps(), g.prerequisites(), g.newFields(), g.classification(), exposure,
        g.comparable(), List.of(), g.regulation(), Passerelle.contradicts(statedDegree, computed, g.coverage())));
  }
}
