package fr.passerelles.match;

import fr.passerelles.index.SheetType;
import java.util.List;

/**
 * One ranked sheet.
 *
 * @param score final score in [0, 1] (see docs/matching.md)
 * @param textScore whole-text similarity, relative to the best sheet, in [0, 1]
 * @param evidenceScore aggregated strength of the matched items, in [0, 1]
 * @param borrowedFrom ROME codes whose text stands in for a branch métier the seeds only name
 */
public record SheetMatch(
    String id,
    SheetType type,
    String metier,
    String title,
    String family,
    String familyLabel,
    double score,
    double textScore,
    double evidenceScore,
    List<Evidence> evidence,
    List<String> borrowedFrom) {}
