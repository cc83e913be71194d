package fr.passerelles.api.dto;

/** A text's closest métier and its passerelles without what the text already shows. */
public record PersonalMobilityDto(MobilityTargetDto closest, double matchScore, MobilityAreaDto area) {}
