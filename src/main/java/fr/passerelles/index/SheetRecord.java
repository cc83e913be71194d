package fr.passerelles.index;

import java.util.List;

/** An indexed sheet's stored fields, held in memory for result mapping. */
public record SheetRecord(
    String id,
    SheetType type,
    String metier,
    String title,
    String family,
    String familyLabel,
    List<String> borrowedFrom,
    List<String> romeCodes) {}
