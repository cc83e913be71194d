package fr.passerelles.api.dto;

/**
 * A text's closest métier and its passerelles without what the text already shows, corrected by
 * the person; with a wish, the way to the métier they want comes first.
 */
public record PersonalMobilityDto(
    WishDto wish, MobilityTargetDto closest, Double matchScore, Boolean matchConfident, String scope,
    CorrectionsDto corrections,
    MobilityAreaDto area) {}
