package fr.passerelles.api.dto;

import java.util.List;

/**
 * A ROME 4.0 fiche métier, as France Travail publishes it.
 *
 * @param code {@code M1601}
 * @param definition the definition's sentences, in order
 * @param access the "accès au métier" sentences, in order
 * @param savoirFaire rubrique 1, in {@code code_ogr} order
 * @param savoirEtre rubrique 2
 * @param savoirs rubrique 3
 * @param mobility outgoing mobility links, by rank
 * @param branchMetiers branch métiers mapped to this sheet (annex or review)
 * @param release the ROME release read
 */
public record RomeSheetDto(
    String code,
    String title,
    RomeDomainDto domain,
    List<AppellationDto> appellations,
    List<String> definition,
    List<String> access,
    List<RomeItemDto> savoirFaire,
    List<RomeItemDto> savoirEtre,
    List<RomeItemDto> savoirs,
    List<WorkContextDto> workContexts,
    List<RomeMobilityDto> mobility,
    List<BranchLinkDto> branchMetiers,
    String release) {}
