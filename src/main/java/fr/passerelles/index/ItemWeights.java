package fr.passerelles.index;

import fr.passerelles.corpus.Frequency;
import fr.passerelles.corpus.Situation;

/**
 * How much an item says about its sheet. The sheets themselves rank activities by frequency and
 * competences by situation; evidence from a rare activity should count less than from a core one.
 */
public final class ItemWeights {
  public static final float MAJORITY = 1.0f;
  public static final float FREQUENT = 0.7f;
  public static final float RARE = 0.4f;
  public static final float SPECIFIC = 0.6f;
  /** A ROME item flagged "cœur de métier" weighs as a majority item, others as frequent ones. */
  public static final float ROME_CORE = MAJORITY;
  public static final float ROME_OTHER = FREQUENT;

  private ItemWeights() {}

  public static float of(Frequency f) {
    return switch (f) {
      case MAJORITY -> MAJORITY;
      case FREQUENT -> FREQUENT;
      case RARE -> RARE;
    };
  }

  public static float of(Situation s) {
    return s == Situation.MAJORITY ? MAJORITY : SPECIFIC;
  }
}
