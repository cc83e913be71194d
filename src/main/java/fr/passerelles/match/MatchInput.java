package fr.passerelles.match;

import java.util.List;

/**
 * The user's text, cut into segments (CV lines, sentences) and action phrases (verb + object) by
 * the NLP step. Matching only needs the spans; it never keeps or logs the text.
 */
public record MatchInput(String text, List<TextSpan> segments, List<TextSpan> phrases) {
  public MatchInput {
    segments = List.copyOf(segments);
    phrases = List.copyOf(phrases);
  }

  /** The whole text as one segment: for callers without the NLP step (short titles, tests). */
  public static MatchInput whole(String text) {
    return new MatchInput(text, List.of(new TextSpan(0, text.length(), text)), List.of());
  }
}
