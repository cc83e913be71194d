package fr.passerelles.api.dto;

import java.util.List;

/**
 * The ROME sheets of a branch métier and where the link comes from.
 *
 * @param source {@code annex} (the mobility study's annex), {@code review} (chosen by a reviewer for
 *     a métier the annex leaves unmapped) or {@code none}
 * @param sheets readable at {@code /api/v1/rome/{code}}
 */
public record RomeMappingDto(String source, List<RomeRefDto> sheets) {}
