package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;
import fr.passerelles.match.MatchInput;
import fr.passerelles.match.MatchOptions;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * A person's gap: matches the text to the closest métier, then takes that métier's passerelles and
 * moves out of each one's missing competences those a segment of the text evidences.
 */
final class PersonalGapFinder {
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
    MatchInput input = matcher.understand(text);
    MatchResult result = matcher.matcher().match(input, MatchOptions.DEFAULT.withType(type).withLimit(1));
    if (result.matches().isEmpty()) {
      return Optional.empty();
    }
    SheetMatch m = result.matches().get(0);
    return profiles.profile(m.id()).map(p -> new Closest(p, m.score(), input));
  }

  record Closest(MetierProfile profile, double score, MatchInput input) {}

  PersonalMobility personal(Closest closest, MobilityArea area) {
    List<fr.passerelles.match.TextSpan> spans = new ArrayList<>(closest.input().segments());
    TextEvidence evidence = new TextEvidence(spans, analyzer, vectors);
    Map<String, Optional<EvidencedCompetence>> cache = new HashMap<>();
    List<DegreeGroup> groups = new ArrayList<>();
    for (DegreeGroup g : area.degrees()) {
      List<Passerelle> ps = new ArrayList<>();
      for (Passerelle p : g.passerelles()) {
        List<EvidencedCompetence> found = new ArrayList<>();
        Optional<MetierProfile> target = profiles.profile(p.target().id());
        if (target.isPresent()) {
          Map<String, ProfileCompetence> byId = new HashMap<>();
          target.get().competences().forEach(c -> byId.put(c.id(), c));
          for (GapCompetence c : p.missing()) {
            ProfileCompetence pc = byId.get(c.id());
            if (pc != null) {
              cache.computeIfAbsent(c.id(), k -> evidence.evidence(pc)).ifPresent(found::add);
            }
          }
        }
        ps.add(p.withEvidence(found));
      }
      groups.add(new DegreeGroup(g.degree(), g.label(), ps));
    }
    return new PersonalMobility(closest.profile().ref(), DegreeRule.round(closest.score()),
        new MobilityArea(area.origin(), area.classificationLevel(), area.classification(), groups,
            area.unresolved()));
  }
}
