package fr.passerelles.api.dto;

import java.util.List;

/**
 * A branch métier that needs the searched skill.
 *
 * @param metier branch métier code ({@code 0102})
 * @param title its title
 * @param sheetIds its sheets that list the skill ({@code 0102}, {@code 0102-v2})
 * @param itemCount how many distinct skills of its sheets state it
 * @param items the best of them, best first (at most three)
 */
public record CompetenceBranchMetierDto(String metier, String title, List<String> sheetIds, int itemCount,
    List<CompetenceStatementDto> items) {}
