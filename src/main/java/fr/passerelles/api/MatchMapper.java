package fr.passerelles.api;

import fr.passerelles.api.dto.EvidenceDto;
import fr.passerelles.api.dto.MatchResultDto;
import fr.passerelles.api.dto.SheetMatchDto;
import fr.passerelles.api.dto.RecognizedTitleDto;
import fr.passerelles.api.dto.TextSpanDto;
import fr.passerelles.api.dto.ZoneDto;
import fr.passerelles.match.Evidence;
import fr.passerelles.match.MatchResult;
import fr.passerelles.match.RecognizedTitle;
import fr.passerelles.match.SheetMatch;
import fr.passerelles.match.TextSpan;

/** Match results → DTOs. */
final class MatchMapper {
  private MatchMapper() {}

  static MatchResultDto result(MatchResult r) {
    return new MatchResultDto(r.matches().stream().map(MatchMapper::sheet).toList(), r.segments(), r.phrases(),
        r.confident(), r.zones().stream().map(z -> new ZoneDto(z.start(), z.end(), z.zone().json(), z.weight())).toList(),
        round(r.branchAffinity()), r.outsideBranch());
  }

  private static SheetMatchDto sheet(SheetMatch m) {
    return new SheetMatchDto(m.id(), m.type().json(), m.metier(), m.title(), m.family(), m.familyLabel(),
        m.score(), m.textScore(), m.evidenceScore(), m.titleScore(), m.neighbourShare(), m.support().json(),
        title(m.recognizedTitle()),
        m.borrowedFrom(),
        m.evidence().stream().map(MatchMapper::evidence).toList());
  }

  private static RecognizedTitleDto title(RecognizedTitle t) {
    return t == null ? null : new RecognizedTitleDto(t.name(), t.score(), span(t.segment()),
        t.highlights().stream().map(MatchMapper::span).toList());
  }

  private static EvidenceDto evidence(Evidence e) {
    return new EvidenceDto(e.itemId(), e.type().json(), e.text(), e.kind(), e.qualifier(), round(e.weight()),
        round(e.strength()), span(e.segment()), e.matchedTerms(), e.highlights().stream().map(MatchMapper::span).toList());
  }

  /** Four decimals, as the matcher rounds its scores: float noise ({@code 0.8333333134651184}) says nothing. */
  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  static TextSpanDto span(TextSpan s) {
    return new TextSpanDto(s.start(), s.end(), s.text());
  }
}
