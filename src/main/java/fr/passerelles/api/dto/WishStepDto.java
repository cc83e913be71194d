package fr.passerelles.api.dto;

/** One passerelle of the path to a wished métier. */
public record WishStepDto(MobilityTargetDto from, MobilityTargetDto to, int degree, String source) {}
