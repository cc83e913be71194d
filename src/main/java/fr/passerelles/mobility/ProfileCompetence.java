package fr.passerelles.mobility;

import java.util.List;

/**
 * One competence of a métier's profile, ready for comparison.
 *
 * @param id item id ({@code 0102-v2-C04}, {@code ogr-123456})
 * @param kind {@code savoir-faire}, {@code savoir}, {@code langue}, {@code savoir-etre}
 * @param weight how much it says about the métier (majority 1.0, specific 0.6; ROME core 1.0,
 *     other 0.7, savoir 0.5)
 * @param field its champ de compétences, null when the aligner found no place for it
 * @param macro {@code code_ogr} of its macro-compétence, 0 when unplaced
 * @param terms analyzed terms of the text (index chain)
 * @param equivalents ids it stands for: itself, then for a branch competence the ROME items it was
 *     aligned to strongly enough, strongest first
 * @param area its enjeu in ROME's tree (finer than {@code field}: separates management from care),
 *     null when unplaced; key gaps are grouped by it
 * @param prerequisite a certification, diploma or habilitation rather than a competence ({@link
 *     Prerequisites})
 */
public record ProfileCompetence(
    String id, String text, String kind, double weight, CompetenceField field, int macro, List<String> terms,
    List<String> equivalents, CompetenceField area, boolean prerequisite) {

  public ProfileCompetence {
    terms = List.copyOf(terms);
    equivalents = List.copyOf(equivalents);
  }

  /** Whether the item is itself a macro-compétence of ROME's tree (sheets list some as items). */
  public boolean isMacro() {
    return macro != 0 && id.equals("ogr-" + macro);
  }

  /** The ROME item it is or stands for most strongly, if any. */
  public java.util.Optional<String> romeItem() {
    return equivalents.stream().filter(e -> e.startsWith("ogr-")).findFirst();
  }
}
