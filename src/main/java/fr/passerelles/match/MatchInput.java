package fr.passerelles.match;

import fr.passerelles.nlp.SegmentRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The user's text, cut into segments (CV lines, sentences) and action phrases (verb + object) by
 * the NLP step, each segment with its role (zone and weight). Matching only needs the spans; it
 * never keeps or logs the text.
 *
 * @param roles aligned with {@code segments}
 * @param phraseSegments for each phrase, the index of the segment it lies in
 * @param actionNouns the head word of each nominal action phrase ("Gestion" of "Gestion des
 *     réclamations"), as written: the nouns {@link NominalExpansion} may give a verb
 */
public record MatchInput(String text, List<TextSpan> segments, List<SegmentRole> roles, List<TextSpan> phrases,
    List<Integer> phraseSegments, List<TextSpan> actionNouns) {
  public MatchInput {
    segments = List.copyOf(segments);
    roles = List.copyOf(roles);
    phrases = List.copyOf(phrases);
    phraseSegments = List.copyOf(phraseSegments);
    actionNouns = List.copyOf(actionNouns);
    if (roles.size() != segments.size() || phraseSegments.size() != phrases.size()) {
      throw new IllegalArgumentException("roles and phrase segments must align");
    }
  }

  /** Without action nouns: nothing for the expansion to conflate. */
  public MatchInput(
      String text, List<TextSpan> segments, List<SegmentRole> roles, List<TextSpan> phrases, List<Integer> phraseSegments) {
    this(text, segments, roles, phrases, phraseSegments, List.of());
  }

  /** Segments and phrases, every segment a task. */
  public MatchInput(String text, List<TextSpan> segments, List<TextSpan> phrases) {
    this(text, segments, Collections.nCopies(segments.size(), SegmentRole.TASK), phrases,
        segmentsOf(segments, phrases));
  }

  /** The whole text as one segment: for callers without the NLP step (short titles, tests). */
  public static MatchInput whole(String text) {
    return new MatchInput(text, List.of(new TextSpan(0, text.length(), text)), List.of());
  }

  /** Role of the segment at {@code index}. */
  SegmentRole role(int index) {
    return roles.get(index);
  }

  /** Weight of the segment that contains offset {@code at}; 1 outside every segment (a bullet). */
  double weightAt(int at) {
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextSpan s = segments.get(mid);
      if (at < s.start()) {
        hi = mid - 1;
      } else if (at >= s.end()) {
        lo = mid + 1;
      } else {
        return roles.get(mid).weightAt(at);
      }
    }
    return 1;
  }

  private static List<Integer> segmentsOf(List<TextSpan> segments, List<TextSpan> phrases) {
    List<Integer> out = new ArrayList<>(phrases.size());
    for (TextSpan p : phrases) {
      int found = 0;
      for (int i = 0; i < segments.size(); i++) {
        if (segments.get(i).start() <= p.start() && p.start() < segments.get(i).end()) {
          found = i;
          break;
        }
      }
      out.add(found);
    }
    return out;
  }
}
