package fr.passerelles.api.dto;

/**
 * @param status {@code satisfied}, {@code violated} (a step down) or {@code not-applicable} (a grade unknown)
 * @param fromLevel the origin's minimum certification level (3 = CAP … 8 = doctorat)
 * @param fromGrade the grade the rule compares: the level, half a step for a range, one for encadrement
 */
public record ClassificationDto(String status, Integer fromLevel, Integer toLevel, Double fromGrade, Double toGrade) {}
