package fr.passerelles.index;

import java.util.List;

/**
 * A sheet as search sees it, whatever its source: a branch métier (all versions of its sheet
 * merged, so evidence can cite either), a specialist sub-sheet, or a ROME sheet.
 *
 * @param id search id: métier code ({@code 0102}), sub-sheet id ({@code 0104-03}) or ROME code
 * @param metier the 2009 métier code for branch sheets, the ROME code for ROME sheets
 * @param family branch family code ({@code 01}) or ROME grand domaine letter ({@code K})
 * @param names other names / appellations
 * @param description mission or ROME definition
 * @param borrowedFrom ROME codes whose text stands in for a branch métier the seeds do not describe
 * @param romeCodes ROME sheets mapped to a branch sheet (annex or review), for the ROME bridge
 */
public record SearchableSheet(
    String id,
    SheetType type,
    String metier,
    String title,
    String family,
    String familyLabel,
    List<String> names,
    String description,
    List<SearchableItem> activities,
    List<SearchableItem> competences,
    List<String> borrowedFrom,
    List<String> romeCodes) {

  public SearchableSheet {
    names = List.copyOf(names);
    activities = List.copyOf(activities);
    competences = List.copyOf(competences);
    borrowedFrom = List.copyOf(borrowedFrom);
    romeCodes = List.copyOf(romeCodes);
    description = description == null ? "" : description;
  }
}
