package fr.passerelles.api.dto;

import java.util.List;

/**
 * A sheet close to the text, with why.
 *
 * @param id branch métier code ({@code 0102}), specialist sheet ({@code 0104-03}) or ROME code ({@code K2503})
 * @param type {@code branch} or {@code rome}
 * @param metier the 2009 métier code of a branch sheet, the ROME code of a ROME sheet
 * @param family branch family code ({@code 01}) or ROME grand domaine letter ({@code K})
 * @param score probability-like score in [0, 1] from the fitted fusion of whole-text similarity,
 *     evidence and recognised title; comparable across texts
 * @param textScore whole-text similarity, relative to the best sheet, in [0, 1]
 * @param evidenceScore aggregated strength of the matched items, in [0, 1]
 * @param titleScore strength of the job title recognised in the text, 0 when none
 * @param neighbourShare share of the votes of the labelled texts nearest the text that name this
 *     sheet, in [0, 1]; 0 where no vote reaches it
 * @param support what brings the sheet: {@code text} (the text's words: shared words, a title,
 *     evidence), {@code labelledTexts} (only texts like it, labelled by hand), {@code branch} (only
 *     the branch's own ROME sheets or those its people hold), {@code meaning} (only the latent
 *     nearness of the whole text)
 * @param recognizedTitle the title recognised, or null
 * @param borrowedFrom ROME codes whose text stands in for a branch métier the seeds only name
 * @param evidence the best matched items, strongest first
 */
public record SheetMatchDto(
    String id,
    String type,
    String metier,
    String title,
    String family,
    String familyLabel,
    double score,
    double textScore,
    double evidenceScore,
    double titleScore,
    double neighbourShare,
    String support,
    RecognizedTitleDto recognizedTitle,
    List<String> borrowedFrom,
    List<EvidenceDto> evidence) {}
