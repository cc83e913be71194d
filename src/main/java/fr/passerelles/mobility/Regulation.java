package fr.passerelles.mobility;

import java.util.List;

/**
 * A regulated profession: one needs a diploma or title the law requires (ROME's {@code
 * emploi_reglemente}, a branch sheet requiring a diplôme d'État or the Ordre des médecins).
 * Competences do not open such a move; the diploma does.
 *
 * @param basis what says so, e.g. {@code ROME J1102 emploi réglementé}
 * @param keys the regulated ROME sheets (or the métier itself) behind it: a move between two
 *     métiers that share a key needs no new diploma (médecin régulateur → médecin de transport)
 */
public record Regulation(String basis, List<String> keys) {
  public Regulation {
    keys = List.copyOf(keys);
  }

  /** Whether moving from a métier with {@code origin} (null: none) needs this regulated diploma. */
  public boolean barrierFrom(Regulation origin) {
    return origin == null || origin.keys().stream().noneMatch(keys::contains);
  }
}
