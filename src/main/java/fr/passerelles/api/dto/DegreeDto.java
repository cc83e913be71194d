package fr.passerelles.api.dto;

public record DegreeDto(int value, String label, int newFields) {}
