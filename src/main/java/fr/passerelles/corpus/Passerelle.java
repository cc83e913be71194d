package fr.passerelles.corpus;

/**
 * A curated move stated by a sheet (004's "passerelles envisageables").
 *
 * @param degree 1, 2 or 3 (see {@link MobilityReferential})
 * @param area the mobility area (family) the target belongs to, as printed
 * @param target 2009 métier code, or null when the target is not in the 2009 nomenclature
 * @param target2024 id in the 2024 nomenclature, or null
 */
public record Passerelle(int degree, String text, String area, String target, String target2024) {}
