package fr.passerelles.nlp;

import java.util.List;
import java.util.Objects;

/**
 * What the service understood of a user text, before any matching.
 *
 * @param language the language verdict; when it refuses the text, the lists are empty
 * @param segments lines, bullet items and sentences, in text order
 * @param actionPhrases activities found in the segments, in text order
 * @param roles each segment's zone and weight, aligned with {@code segments}
 */
public record InputAnalysis(
    LanguageVerdict language, List<Segment> segments, List<ActionPhrase> actionPhrases,
    List<SegmentRole> roles) {

  public InputAnalysis {
    Objects.requireNonNull(language, "language");
    segments = List.copyOf(segments);
    actionPhrases = List.copyOf(actionPhrases);
    roles = List.copyOf(roles);
    if (roles.size() != segments.size()) {
      throw new IllegalArgumentException("one role per segment");
    }
  }

  static InputAnalysis refused(LanguageVerdict language) {
    return new InputAnalysis(language, List.of(), List.of(), List.of());
  }
}
