package fr.passerelles.api.dto;

import java.util.List;

/**
 * A métier with one of its sheets in full.
 *
 * @param sheet the version asked for (the current one by default), null when no sheet describes
 *     the métier
 * @param versions every version of the métier's own sheet, oldest first
 */
public record MetierDetailDto(MetierSummaryDto metier, SheetDto sheet, List<SheetRefDto> versions) {}
