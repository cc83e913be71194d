package fr.passerelles.mobility;

import fr.passerelles.index.SheetType;

/**
 * A métier as results name it.
 *
 * @param id branch métier code ({@code 0102}), specialist sub-sheet ({@code 0104-03}), ROME code
 *     ({@code D1408}) or, for a target only the 2024 nomenclature names, its 2024 id ({@code N0104})
 * @param type {@code branch} or {@code rome}
 * @param metier2024 the same job in the 2024 nomenclature, null if none
 */
public record MetierRef(String id, SheetType type, String title, String metier2024) {}
