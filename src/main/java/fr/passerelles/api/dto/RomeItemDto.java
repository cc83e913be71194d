package fr.passerelles.api.dto;

/**
 * A savoir-faire, savoir-être or savoir a ROME sheet lists.
 *
 * @param id {@code ogr-<code_ogr>}, the id the competence search and match evidence use
 * @param core flagged "cœur de métier" (principale) for this sheet
 * @param emerging flagged as an emerging part of this job (émergente)
 * @param macroId {@code ogr-<code_ogr>} of its macro-compétence (itself for a macro); null for a savoir
 * @param category sub-category of a competence (Technique, Transverse…) or category of a savoir
 */
public record RomeItemDto(String id, String label, boolean core, boolean emerging, String macroId, String category) {}
