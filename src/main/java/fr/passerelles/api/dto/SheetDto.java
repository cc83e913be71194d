package fr.passerelles.api.dto;

import java.util.List;

/**
 * A fiche métier in full. Activity and competence ids are stable: the training-planning tool
 * stores them.
 *
 * @param metierCode the 2009 métier it describes
 * @param familyCode its 2009 family
 * @param parentSheetId the shared sheet of a specialist sub-métier ({@code 0104}), else null
 * @param subSheets the specialist sheets under this one (only {@code 0104} has some)
 * @param trainingLevel minimum certification level stated (3 = CAP … 8 = doctorat), null if none
 */
public record SheetDto(
    String id,
    String metierCode,
    int version,
    boolean current,
    String source,
    String title,
    String titleFeminine,
    String titleMasculine,
    String familyCode,
    String parentSheetId,
    List<SheetRefDto> subSheets,
    List<String> otherNames,
    List<String> hierarchy,
    String mission,
    List<String> workingConditions,
    List<ActivityDto> activities,
    List<String> characteristics,
    List<CompetenceDto> competences,
    List<String> aptitudes,
    List<String> training,
    Integer trainingLevel,
    List<String> certifications,
    List<String> evolutionWithin,
    List<EvolutionDto> evolutions,
    List<PasserelleDto> passerelles) {}
