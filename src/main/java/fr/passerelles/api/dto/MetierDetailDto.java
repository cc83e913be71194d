package fr.passerelles.api.dto;

import java.util.List;

/**
 * A métier with one of its sheets in full.
 *
 * @param rome the métier's ROME sheets: the annex's codes ({@code metier.romeCodes}), else a
 *     reviewer's choice; with their titles once the engine has loaded a ROME release
 * @param sheet the version asked for (the current one by default), null when no sheet describes
 *     the métier
 * @param versions every version of the métier's own sheet, oldest first
 */
public record MetierDetailDto(MetierSummaryDto metier, RomeMappingDto rome, SheetDto sheet, List<SheetRefDto> versions) {}
