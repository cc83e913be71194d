package fr.passerelles.mobility;

import java.util.List;

/**
 * A certification, diploma or habilitation that opens some of the population's passerelles, set
 * apart from the competences to train.
 *
 * @param id the ROME item id, or {@code <sheet>-training-<n>} for a line of a branch sheet
 * @param source {@code referential} (named by a branch sheet: 004's CQP), {@code rome} (a target's
 *     or its ROME counterpart's certification item: the ARM diploma of M1609)
 * @param weight passerelles that ask it, each counted with its origin's headcount
 * @param targets the métiers it opens
 */
public record Certification(String id, String text, String source, long weight, List<String> targets) {
  public static final String REFERENTIAL = "referential";
  public static final String ROME = "rome";

  public Certification {
    targets = List.copyOf(targets);
  }
}
