package fr.passerelles.api.dto;

import java.util.List;

/**
 * A certification, diploma or habilitation a target asks, set apart from the competences.
 *
 * @param source {@code referential} (named by a branch sheet) or {@code rome}
 */
public record CertificationDto(String id, String text, String source, long weight, List<String> targets) {}
