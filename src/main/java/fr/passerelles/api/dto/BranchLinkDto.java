package fr.passerelles.api.dto;

/**
 * A branch métier (or specialist sheet) linked to a ROME sheet.
 *
 * @param id 2009 métier code ({@code 0101}) or specialist sheet id ({@code 0104-03})
 * @param source {@code annex} (the mobility study's annex) or {@code review} (chosen by a reviewer)
 */
public record BranchLinkDto(String id, String title, String source) {}
