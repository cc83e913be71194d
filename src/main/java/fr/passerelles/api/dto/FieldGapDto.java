package fr.passerelles.api.dto;

public record FieldGapDto(FieldDto field, double targetShare, double originShare, int missing, boolean isNew) {}
