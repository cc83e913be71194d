package fr.passerelles.rome;

/**
 * A work context of {@code unix_referentiel_contexte_travail} (bloc 6 of a sheet), e.g. "Travail le
 * samedi" of type 2 "Horaires et durée du travail".
 *
 * @param ogr the context's {@code code_ogr}
 * @param label cleaned label
 * @param typeCode {@code code_type_cont_trav}
 * @param typeLabel {@code libelle_type_cont_trav}
 */
public record RomeWorkContext(int ogr, String label, String typeCode, String typeLabel) {}
