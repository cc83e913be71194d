package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchInput;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextMatcher;
import fr.passerelles.match.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * A person's gap: matches the text to the closest métier (among the first few matches, moved by the
 * person's corrections), then takes that métier's passerelles and moves out of each one's missing
 * competences those a segment of the text evidences, unless the person says they do not master them.
 */
final class PersonalGapFinder {
  /** Matches the corrections may reorder: the text decides the shortlist, the person the order. */
  static final int SHORTLIST = 5;

  private final TextMatcher matcher;
  private final Analyzer analyzer;
  private final TermVectors vectors;
  private final MetierProfiles profiles;

  PersonalGapFinder(TextMatcher matcher, Analyzer analyzer, TermVectors vectors, MetierProfiles profiles) {
    this.matcher = matcher;
    this.analyzer = analyzer;
    this.vectors = vectors;
    this.profiles = profiles;
  }

  /** The closest métier of {@code type}, or empty when nothing matches. */
  Optional<Closest> closest(String text, SheetType type) {
    return closest(text, type, Set.of(), Set.of());
  }

  /**
   * The closest métier of {@code type} once corrected: each of the first {@link #SHORTLIST} matches
   * gains the share of its competence weight the person says they hold ({@code include}) and loses
   * the share they say they do not master ({@code exclude}). Without corrections, the first match.
   */
  Optional<Closest> closest(String text, SheetType type, Set<String> exclude, Set<String> include) {
    MatchInput input = matcher.understand(text);
    boolean corrected = !exclude.isEmpty() || !include.isEmpty();
    MatchResult result = matcher.matcher().match(input,
        MatchOptions.DEFAULT.withType(type).withLimit(corrected ? SHORTLIST : 1));
    Closest byText = null;
    Closest best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (SheetMatch m : result.matches()) {
      Optional<MetierProfile> p = profiles.profile(m.id());
      if (p.isEmpty()) {
        continue;
      }
      double score = m.score() + PersonalProfile.share(p.get(), include) - PersonalProfile.share(p.get(), exclude);
      Closest c = new Closest(p.get(), m.score(), input, null, result.confident());
      if (byText == null) {
        byText = c;
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(best == byText ? best : new Closest(best.profile(), best.score(), input, byText, result.confident()));
  }

  /**
   * The métier the person chose as theirs, with the text's score for it when it is among the text's
   * first {@link MatchOptions#DEFAULT_LIMIT} matches of its kind (else NaN), and the text's own
   * closest métier of that kind when it is another one.
   */
  Closest chosen(String text, MetierProfile origin) {
    MatchInput input = matcher.understand(text);
    MatchResult result = matcher.matcher().match(input, MatchOptions.DEFAULT.withType(origin.type()));
    Closest byText = null;
    double score = Double.NaN;
    for (SheetMatch m : result.matches()) {
      Optional<MetierProfile> p = profiles.profile(m.id());
      if (p.isEmpty()) {
        continue;
      }
      if (byText == null) {
        byText = new Closest(p.get(), m.score(), input, null, result.confident());
      }
      if (m.id().equals(origin.id())) {
        score = m.score();
        break;
      }
    }
    return new Closest(origin, score, input, byText == null || byText.profile().id().equals(origin.id()) ? null : byText,
        null);
  }

  /**
   * @param score the text's matching score for the métier; NaN for a chosen métier the text does
   *     not match among its first ones
   * @param byText the text's own closest métier when the corrections chose another one, else null
   */
  /**
   * @param confident whether the text's answer is confident, its first métier named a match (false
   *     when the text supports none well enough, or is about another trade than the branch's); null
   *     for a métier the person chose
   */
  record Closest(MetierProfile profile, double score, MatchInput input, Closest byText, Boolean confident) {}

  /** The segments of the person's text, and what they evidence, for one request. */
  Evidence evidence(Closest closest, Set<String> exclude) {
    return new Evidence(new TextEvidence(new ArrayList<TextSpan>(closest.input().segments()), analyzer, vectors),
        exclude);
  }

  /** Moves out of a passerelle's missing competences those the text evidences. Not thread-safe. */
  final class Evidence {
    private final TextEvidence text;
    private final Set<String> exclude;
    private final Map<String, Optional<EvidencedCompetence>> cache = new HashMap<>();

    private Evidence(TextEvidence text, Set<String> exclude) {
      this.text = text;
      this.exclude = exclude;
    }

    Passerelle apply(Passerelle p) {
      List<EvidencedCompetence> found = new ArrayList<>();
      Optional<MetierProfile> target = profiles.profile(p.target().id());
      if (target.isPresent()) {
        Map<String, ProfileCompetence> byId = new HashMap<>();
        target.get().competences().forEach(c -> byId.put(c.id(), c));
        for (GapCompetence c : p.missing()) {
          ProfileCompetence pc = byId.get(c.id());
          if (pc != null && !PersonalProfile.denies(exclude, pc)) {
            cache.computeIfAbsent(c.id(), k -> text.evidence(pc)).ifPresent(found::add);
          }
        }
      }
      return p.withEvidence(found);
    }

    MobilityArea apply(MobilityArea area) {
      List<DegreeGroup> groups = new ArrayList<>();
      for (DegreeGroup g : area.degrees()) {
        groups.add(new DegreeGroup(g.degree(), g.label(), g.passerelles().stream().map(this::apply).toList()));
      }
      return new MobilityArea(area.origin(), area.classificationLevel(), area.classification(), groups,
          area.unresolved());
    }
  }
}
