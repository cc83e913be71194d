package fr.passerelles.match;

import fr.passerelles.nlp.Zone;
import java.util.regex.Pattern;

/**
 * Whether a text speaks in a person's voice where it states tasks: a person writes "je", an ad
 * addresses "vous"; ROME's own sentences are impersonal ("Réalise…, Contrôle…").
 * Signals learnt from people's texts fit the first kind only (docs/quality.md, "The centroids where
 * people speak").
 */
final class TextVoice {
  /**
   * A person's or the reader's pronoun or possessive, as a word ("rendez-vous" is one word). An
   * organisation's "nous, notre, nos" is left out: it is the employer's voice, in lines the zone
   * tagger does not always set aside ("Tous nos postes sont ouverts aux personnes en situation de
   * handicap").
   */
  private static final Pattern MARKER = Pattern.compile(
      "(?iu)(?<![\\p{L}-])(?:je|j['’]|me|m['’]|mon|ma|mes|vous|votre|vos)(?!\\p{L})");

  private TextVoice() {}

  /** Whether a segment the zone tagger reads as a task holds a marker. */
  static boolean personal(MatchInput input) {
    for (int i = 0; i < input.segments().size(); i++) {
      if (input.role(i).zone() == Zone.TASK && MARKER.matcher(input.segments().get(i).text()).find()) {
        return true;
      }
    }
    return false;
  }
}
