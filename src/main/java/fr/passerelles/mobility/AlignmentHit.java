package fr.passerelles.mobility;

import fr.passerelles.rome.CompetenceTree.MacroPath;

/**
 * A ROME item found for a branch competence.
 *
 * @param itemId index id, {@code ogr-<code_ogr>}
 * @param kind {@code savoir-faire} or {@code savoir}
 * @param path where the item sits in the competence tree, null if nowhere
 * @param strength cosine of the two IDF-weighted term sets, in [0, 1]
 * @param inContext whether the item belongs to a ROME sheet the competence's métier is mapped to
 */
public record AlignmentHit(
    String itemId, int ogr, String label, String kind, MacroPath path, double strength, boolean inContext) {}
