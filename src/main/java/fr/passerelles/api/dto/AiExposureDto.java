package fr.passerelles.api.dto;

public record AiExposureDto(
    String metier2024, double pwcScore, String pwcClassification, double expertScore, String expertClassification) {}
