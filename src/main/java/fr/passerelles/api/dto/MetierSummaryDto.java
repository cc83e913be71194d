package fr.passerelles.api.dto;

import java.util.List;

/**
 * A métier of the 2009 nomenclature, as listed.
 *
 * @param code 4 digits, {@code 0102}
 * @param title as printed, gender marks kept ({@code Chargé(e) d'assistance})
 * @param headcount people in the branch holding it (2009 study)
 * @param headcountPercent share of the branch's headcount, in percent
 * @param romeCodes ROME codes of the mobility study's annex (none for families 08 and 09)
 * @param hasSheet whether a fiche métier describes it
 * @param currentSheetId id of its current sheet, null without one
 * @param metier2024 the same job in the 2024 nomenclature, null when there is none
 */
public record MetierSummaryDto(
    String code,
    String title,
    String titleFeminine,
    String titleMasculine,
    FamilyRefDto family,
    int headcount,
    double headcountPercent,
    List<String> romeCodes,
    boolean hasSheet,
    String currentSheetId,
    Metier2024LinkDto metier2024) {}
