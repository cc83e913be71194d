package fr.passerelles.api.dto;

/**
 * Exposure of a 2024 métier to generative AI, as scored by PwC and by the branch's experts.
 *
 * @param pwcScore 0..1
 * @param pwcPosition rank among the 58 métiers (1 = most exposed)
 * @param pwcClassification as printed ("En évolution"…)
 */
public record ExposureDto(
    double pwcScore,
    int pwcPosition,
    String pwcClassification,
    double expertScore,
    int expertPosition,
    String expertClassification) {}
