package fr.passerelles.api.dto;

import java.util.List;

/**
 * An activity of a sheet.
 *
 * @param id {@code 0101-A07}
 * @param frequency {@code majority}, {@code frequent} or {@code rare}
 * @param block the sheet's own grouping (current sheets), else null
 * @param children its sub-bullets, which share its frequency
 */
public record ActivityDto(
    String id, String frequency, String block, String text, List<SubActivityDto> children) {}
