package fr.passerelles.corpus;

import java.util.List;

/**
 * The ROME sheets of a branch métier and where that link comes from.
 *
 * @param source {@link #ANNEX} (000's annex), {@link #REVIEW} (rome-links.json) or {@link #NONE}
 */
public record RomeMapping(List<String> romeCodes, String source) {
  public static final String ANNEX = "annex";
  public static final String REVIEW = "review";
  public static final String NONE = "none";

  public RomeMapping {
    romeCodes = List.copyOf(romeCodes);
  }
}
